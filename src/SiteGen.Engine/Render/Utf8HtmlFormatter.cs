using System.Buffers;
using System.Runtime.CompilerServices;
using HandlebarsDotNet;
using HandlebarsDotNet.IO;
using SiteGen.Markdown;
using SiteGen.Write;

namespace SiteGen.Render;

/// <summary>
/// Writes <see cref="Utf8Html"/> values the way Handlebars writes a string: as is inside <c>{{{ }}}</c>, encoded
/// inside <c>{{ }}</c>. The text passes through a buffer kept per thread, so a body is not made into a string per page.
/// </summary>
internal sealed class Utf8HtmlFormatter : IFormatter, IFormatterProvider
{
    public bool TryCreateFormatter(Type type, out IFormatter formatter)
    {
        formatter = this;
        return type == typeof(Utf8Html);
    }

    public void Format<T>(T value, in EncodedTextWriter writer)
    {
        var html = (Utf8Html)(object)value!;
        if (writer.SuppressEncoding && UnderlyingWriter(ref Unsafe.AsRef(in writer)) is Utf8TextBuffer page)
        {
            // Inside {{{ }}} into a page written as UTF-8: the bytes as they are. Handlebars.Net writes an unencoded
            // builder one character at a time, and the body would be decoded to characters only to be encoded back.
            page.WriteUtf8(html.Bytes);
            return;
        }

        var chars = ArrayPool<char>.Shared.Rent(html.CharCount);
        try
        {
            var text = ScratchText.Take();
            text.Append(chars, 0, html.CopyTo(chars));
            writer.Write(text, encode: true);
            ScratchText.Return(text);
        }
        finally
        {
            ArrayPool<char>.Shared.Return(chars);
        }
    }

    // The writer Handlebars.Net 2.4 wraps (EncodedTextWriter keeps it private); a version without the field fails every
    // page test at once with MissingFieldException.
    [UnsafeAccessor(UnsafeAccessorKind.Field, Name = "UnderlyingWriter")]
    private static extern ref TextWriter UnderlyingWriter(ref EncodedTextWriter writer);
}
