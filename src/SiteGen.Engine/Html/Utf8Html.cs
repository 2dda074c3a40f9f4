using System.Text;

namespace SiteGen.Html;

/// <summary>
/// HTML rendered from Markdown, kept as its UTF-8 bytes: half the size of a string, and every article's body is kept
/// for the whole build. Templates write it as it is, the one value they do not encode (<c>Render.HtmlTemplateContext</c>).
/// </summary>
public sealed class Utf8Html(byte[] bytes)
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>HTML the engine wrote itself as text (an SVG chart).</summary>
    public static Utf8Html Of(string html) => new(Encoding.UTF8.GetBytes(html));

    /// <summary>HTML the engine composed in <paramref name="html"/>, encoded straight from its chunks (no string of it is made).</summary>
    public static Utf8Html Of(StringBuilder html)
    {
        var encoder = Encoding.UTF8.GetEncoder();
        var count = 0;
        foreach (var chunk in html.GetChunks())
        {
            count += encoder.GetByteCount(chunk.Span, flush: false);
        }

        count += encoder.GetByteCount([], flush: true);
        encoder.Reset();
        var bytes = new byte[count];
        var written = 0;
        foreach (var chunk in html.GetChunks())
        {
            written += encoder.GetBytes(chunk.Span, bytes.AsSpan(written), flush: false);
        }

        encoder.GetBytes([], bytes.AsSpan(written), flush: true);
        return new Utf8Html(bytes);
    }

    public ReadOnlySpan<byte> Bytes => bytes;

    public int CharCount => Utf8.GetCharCount(bytes);

    /// <summary>Writes the text into <paramref name="chars"/>, which holds at least <see cref="CharCount"/> characters.</summary>
    public int CopyTo(Span<char> chars) => Utf8.GetChars(bytes, chars);

    public override string ToString() => Utf8.GetString(bytes);
}
