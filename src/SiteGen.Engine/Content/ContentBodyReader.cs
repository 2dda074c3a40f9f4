using SiteGen.Diagnostics;

namespace SiteGen.Content;

/// <summary>
/// Reads a record's Markdown body from its file as it is now (as <see cref="ComparableText"/>), refusing a file whose
/// front matter changed since it was compiled.
/// </summary>
internal sealed class ContentBodyReader(string contentRoot)
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
                "this content file was deleted or renamed after the report was compiled; run the build again (build recompiles), or restore the file"));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new SiteBuildException(new SiteDiagnostic(path, 1, 1, SiteErrorIds.ContentUnreadable,
                $"cannot read this content file ({e.Message}); restore it or rebuild without it"));
        }

        if (text.FrontMatterSha256(record.File.BodyStartLine) != record.File.FrontMatterSha256)
        {
            throw new SiteBuildException(new SiteDiagnostic(path, 1, 1, SiteErrorIds.ContentChanged,
                "this file's front matter changed after the report was compiled; run the build again so it is checked (build recompiles)"));
        }

        return ComparableText.Of(text.From(record.File.BodyStartLine));
    }
}
