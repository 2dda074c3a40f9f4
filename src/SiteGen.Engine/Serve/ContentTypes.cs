using Microsoft.AspNetCore.StaticFiles;

namespace SiteGen.Serve;

/// <summary>The type the preview serves a file as, by its ending, from the framework's table; text in UTF-8.</summary>
internal static class ContentTypes
{
    public const string Html = "text/html; charset=utf-8";

    public const string Text = "text/plain; charset=utf-8";

    private static readonly FileExtensionContentTypeProvider Table = new();

    public static string Of(string file)
    {
        if (!Table.TryGetContentType(file, out var type))
        {
            return "application/octet-stream";
        }

        // Every text file SiteGen writes is UTF-8; without the charset a browser may guess another encoding.
        var isText = type.StartsWith("text/", StringComparison.Ordinal) || type is "application/json" or "image/svg+xml" or "application/xml";
        return isText ? type + "; charset=utf-8" : type;
    }

    public static bool IsHtml(string contentType) => contentType.StartsWith("text/html", StringComparison.Ordinal);
}
