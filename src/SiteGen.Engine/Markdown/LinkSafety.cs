using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace SiteGen.Markdown;

/// <summary>
/// Keeps only links a reader can follow safely: http, https, mailto and relative addresses (images: no mailto).
/// Any other link is replaced by its text, so <c>javascript:</c> in any casing or spacing never reaches a page.
/// </summary>
internal static class LinkSafety
{
    public static void Apply(MarkdownDocument document)
    {
        foreach (var link in document.Descendants<LinkInline>().ToList())
        {
            if (IsSafe(link.Url, link.IsImage))
            {
                continue;
            }

            Inline previous = link;
            foreach (var child in link.ToList())
            {
                child.Remove();
                previous.InsertAfter(child);
                previous = child;
            }

            link.Remove();
        }

        foreach (var autolink in document.Descendants<AutolinkInline>().ToList())
        {
            if (!IsSafe(autolink.IsEmail ? "mailto:" + autolink.Url : autolink.Url, image: false))
            {
                autolink.ReplaceBy(new LiteralInline(autolink.Url));
            }
        }
    }

    public static bool IsSafe(string? url, bool image)
    {
        if (string.IsNullOrEmpty(url))
        {
            return true;
        }

        // Browsers ignore control characters and white space inside a scheme ("java\tscript:"): so must we.
        var compact = new string(url.Where(c => !char.IsControl(c) && !char.IsWhiteSpace(c)).ToArray());
        var colon = compact.IndexOf(':');
        var boundary = compact.IndexOfAny(['/', '?', '#']);
        if (colon < 0 || (boundary >= 0 && boundary < colon))
        {
            return true;
        }

        var scheme = compact[..colon].ToLowerInvariant();
        return scheme is "http" or "https" || (!image && scheme == "mailto");
    }
}
