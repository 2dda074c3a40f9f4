using SiteGen.Build;

namespace SiteGen.Content;

/// <summary>Reads a record's Markdown body from its file, refusing a file that changed since it was compiled.</summary>
public sealed class ContentBodyReader(string contentRoot)
{
    public string ReadBody(ContentRecord record)
    {
        var path = Path.Combine(contentRoot, record.File.RelativePath);
        if (FolderLinks.Problem(contentRoot, path) is { } link)
        {
            throw new SiteBuildException(new SiteDiagnostic(path, 1, 1, SiteErrorIds.ContentUnreadable, link));
        }

        ContentFileText text;
        try
        {
            text = ContentFileText.Read(path);
        }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException)
        {
            throw new SiteBuildException(new SiteDiagnostic(path, 1, 1, SiteErrorIds.ContentUnreadable,
                "this content file was deleted or renamed after the program was compiled; run the build again (dotnet run recompiles), or restore the file"));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new SiteBuildException(new SiteDiagnostic(path, 1, 1, SiteErrorIds.ContentUnreadable,
                $"cannot read this content file ({e.Message}); restore it or rebuild without it"));
        }

        if (text.Sha256 != record.File.Sha256)
        {
            throw new SiteBuildException(new SiteDiagnostic(path, 1, 1, SiteErrorIds.ContentChanged,
                "this file changed after the program was compiled; run the build again so its front matter is checked (dotnet run recompiles)"));
        }

        return text.From(record.File.BodyStartLine);
    }
}
