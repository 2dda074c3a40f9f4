using SiteGen.Build;
using SiteGen.FrontMatter;

namespace SiteGen.Content;

/// <summary>Reads a record's Markdown body from its file, refusing a file that changed since it was compiled.</summary>
public sealed class ContentBodyReader(string contentRoot)
{
    public string ReadBody(ContentRecord record)
    {
        var path = Path.Combine(contentRoot, record.File.RelativePath);
        if (ContentLinks.Problem(contentRoot, path) is { } link)
        {
            throw new SiteBuildException(new SiteDiagnostic(path, 1, 1, SiteErrorIds.ContentUnreadable, link));
        }

        string text;
        try
        {
            text = File.ReadAllText(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new SiteBuildException(new SiteDiagnostic(path, 1, 1, SiteErrorIds.ContentUnreadable,
                $"cannot read this content file ({e.Message}); restore it or rebuild without it"));
        }

        if (ContentHash.Of(text) != record.File.Sha256)
        {
            throw new SiteBuildException(new SiteDiagnostic(path, 1, 1, SiteErrorIds.ContentChanged,
                "this file changed after the program was compiled; run the build again so its front matter is checked (dotnet run recompiles)"));
        }

        return BodyFrom(text, record.File.BodyStartLine);
    }

    private static string BodyFrom(string text, int bodyStartLine)
    {
        var offset = 0;
        for (var line = 1; line < bodyStartLine && offset < text.Length; line++)
        {
            var newline = text.IndexOf('\n', offset);
            offset = newline < 0 ? text.Length : newline + 1;
        }

        return text[offset..];
    }
}
