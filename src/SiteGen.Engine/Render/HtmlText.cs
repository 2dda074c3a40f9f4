using SiteGen.Write;

namespace SiteGen.Render;

/// <summary>
/// Writes a value's text into a page HTML-encoded, for text and attribute values alike: <c>&amp; &lt; &gt; " ' ` =</c>
/// become references, everything else is written as it is.
/// </summary>
internal static class HtmlText
{
    private static readonly System.Buffers.SearchValues<char> Special = System.Buffers.SearchValues.Create("&<>\"'`=");

    public static void Encode(ReadOnlySpan<char> text, Utf8TextBuffer page)
    {
        while (!text.IsEmpty)
        {
            var at = text.IndexOfAny(Special);
            if (at < 0)
            {
                page.Write(text);
                return;
            }

            page.Write(text[..at]);
            page.Write(text[at] switch
            {
                '&' => "&amp;",
                '<' => "&lt;",
                '>' => "&gt;",
                '"' => "&quot;",
                '\'' => "&#x27;",
                '`' => "&#x60;",
                _ => "&#x3D;",
            });
            text = text[(at + 1)..];
        }
    }
}
