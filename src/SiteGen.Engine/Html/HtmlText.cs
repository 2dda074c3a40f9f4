using System.Text;
using SiteGen.Buffers;

namespace SiteGen.Html;

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
            page.Write(Reference(text[at]));
            text = text[(at + 1)..];
        }
    }

    /// <summary>The same encoding into HTML the engine composes itself (<see cref="MarkedText"/>).</summary>
    public static StringBuilder Encode(ReadOnlySpan<char> text, StringBuilder html)
    {
        while (!text.IsEmpty)
        {
            var at = text.IndexOfAny(Special);
            if (at < 0)
            {
                return html.Append(text);
            }

            html.Append(text[..at]).Append(Reference(text[at]));
            text = text[(at + 1)..];
        }

        return html;
    }

    private static string Reference(char special) => special switch
    {
        '&' => "&amp;",
        '<' => "&lt;",
        '>' => "&gt;",
        '"' => "&quot;",
        '\'' => "&#x27;",
        '`' => "&#x60;",
        _ => "&#x3D;",
    };
}
