using System.Globalization;
using SiteGen.Buffers;
using SiteGen.Markdown;
using SiteGen.Html;

namespace SiteGen.Render.Compiled;

/// <summary>
/// What a compiled template writes a page with: its literal text as UTF-8, every value HTML-encoded as the renderer
/// encodes it, numbers in the invariant culture, and HTML the engine made as it is.
/// </summary>
public sealed class TemplateWriter
{
    internal TemplateWriter(Utf8TextBuffer page) => Page = page;

    internal Utf8TextBuffer Page { get; }

    public void Literal(ReadOnlySpan<byte> utf8) => Page.WriteUtf8(utf8);

    public void Text(string? value)
    {
        if (value != null)
        {
            HtmlText.Encode(value, Page);
        }
    }

    public void Html(Utf8Html? html)
    {
        if (html != null)
        {
            Page.WriteUtf8(html.Bytes);
        }
    }

    public void Number(int value) => Number((long)value);

    public void Number(int? value)
    {
        if (value is { } number)
        {
            Number((long)number);
        }
    }

    public void Number(long value)
    {
        Span<char> digits = stackalloc char[20];
        value.TryFormat(digits, out var length, provider: CultureInfo.InvariantCulture);
        Page.Write(digits[..length]);
    }

    public void Number(decimal value) => HtmlText.Encode(value.ToString(CultureInfo.InvariantCulture), Page);

    public void Number(decimal? value)
    {
        if (value is { } number)
        {
            Number(number);
        }
    }

    /// <summary>As Scriban writes a boolean: <c>true</c> or <c>false</c>.</summary>
    public void Bool(bool value) => Page.WriteUtf8(value ? "true"u8 : "false"u8);

    public void Bool(bool? value)
    {
        if (value is { } flag)
        {
            Bool(flag);
        }
    }
}
