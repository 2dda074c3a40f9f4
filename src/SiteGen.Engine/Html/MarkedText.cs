using System.Text;
using SiteGen.Buffers;

namespace SiteGen.Html;

/// <summary>
/// Text with some of its words marked (<c>&lt;mark&gt;</c>), HTML-encoded as templates encode: a mention list's
/// sentence with the words that name the thing (each a link to the sentence, so the reader sees which words matched
/// instead of a whole sentence underlined), or an outlet's wording of a quote with the words other outlets put otherwise.
/// </summary>
internal static class MarkedText
{
    /// <param name="spans">The words to mark, in any order; a span overlapping one before it is left unmarked rather than cut.</param>
    /// <param name="url">Where each marked span links to, or null for marks alone.</param>
    public static Utf8Html Of(string text, IEnumerable<(int Start, int Length)> spans, string? url = null)
    {
        var html = ScratchText.Take();
        var link = url is null ? null : HtmlText.Encode(url, new StringBuilder()).ToString();
        var at = 0;
        foreach (var (start, length) in spans.OrderBy(s => s.Start))
        {
            if (start < at || start + length > text.Length)
            {
                continue;
            }

            HtmlText.Encode(text.AsSpan(at, start - at), html);
            if (link != null)
            {
                html.Append("<a href=\"").Append(link).Append("\">");
            }

            HtmlText.Encode(text.AsSpan(start, length), html.Append("<mark>")).Append("</mark>");
            if (link != null)
            {
                html.Append("</a>");
            }

            at = start + length;
        }

        var marked = Utf8Html.Of(HtmlText.Encode(text.AsSpan(at), html));
        ScratchText.Return(html);
        return marked;
    }
}
