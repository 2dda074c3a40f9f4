using SiteGen.Extract;
using SiteGen.Html;

namespace SiteGen.Markdown;

/// <summary>
/// An article body as HTML, with its sentences and what they mention. It keeps no part of the Markdown syntax tree,
/// which is many times the size of the text: kept for every article, the trees were most of a large build's memory.
/// </summary>
/// <param name="Html">The body with every figure linked to its page; see <see cref="HtmlLinking"/>.</param>
/// <param name="FigureLinks">Where each figure's link stands in <paramref name="Html"/>, in order.</param>
internal sealed record ConvertedBody(Utf8Html Html, ArticleFacts Facts, IReadOnlyList<FigureLinkSpan> FigureLinks)
{
    private static ReadOnlySpan<byte> MarkOpen => "<span class=\"figure\">"u8;

    private static ReadOnlySpan<byte> MarkClose => "</span>"u8;

    private static ReadOnlySpan<byte> LinkClose => "</a>"u8;

    /// <summary>
    /// The body as a page shows it: a figure with a page of its own stays a link, one without is marked text
    /// (<c>&lt;span class="figure"&gt;</c>).
    /// </summary>
    public Utf8Html HtmlLinking(Func<string, bool> hasPage)
    {
        var length = Html.Bytes.Length;
        var unlinked = false;
        foreach (var link in FigureLinks)
        {
            if (!hasPage(link.Key))
            {
                unlinked = true;
                length += MarkOpen.Length - link.OpenLength + MarkClose.Length - LinkClose.Length;
            }
        }

        if (!unlinked)
        {
            return Html;
        }

        var source = Html.Bytes;
        var output = new byte[length];
        var written = 0;
        var read = 0;
        void Copy(ReadOnlySpan<byte> bytes)
        {
            bytes.CopyTo(output.AsSpan(written));
            written += bytes.Length;
        }

        foreach (var link in FigureLinks)
        {
            if (hasPage(link.Key))
            {
                continue;
            }

            Copy(source[read..link.OpenStart]);
            Copy(MarkOpen);
            Copy(source[(link.OpenStart + link.OpenLength)..link.CloseStart]);
            Copy(MarkClose);
            read = link.CloseStart + LinkClose.Length;
        }

        Copy(source[read..]);
        return new Utf8Html(output);
    }
}
