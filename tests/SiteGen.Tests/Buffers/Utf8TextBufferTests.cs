using System.Text;
using SiteGen.Buffers;

namespace SiteGen.Tests;

/// <summary>The buffer writes exactly the bytes a UTF-8 stream writer (without a byte-order mark) writes for the same calls.</summary>
public sealed class Utf8TextBufferTests
{
    public static TheoryData<string[]> Writes => new()
    {
        { ["plain ASCII", " and more"] },
        { ["Zelenskyy – «Київ» ", "— 1 000 €"] },
        { ["a pair 😀 whole", "and one split: \uD83D", "\uDE00 joined again"] },
        { ["a lone high surrogate \uD83D", " then text"] },
        { ["a lone low surrogate \uDE00 in the middle"] },
        { ["ends on a high surrogate \uD83D"] },
        { ["", "\uD83D", "", "\uDE00", ""] },
    };

    [Theory]
    [MemberData(nameof(Writes))]
    public void Writes_what_a_UTF8_stream_writer_writes(string[] writes)
    {
        var buffer = new Utf8TextBuffer(4);
        foreach (var text in writes)
        {
            buffer.Write(text);
        }

        buffer.Take().ToArray().ShouldBe(StreamWriterBytes(writes));
    }

    [Fact]
    public void Characters_one_by_one_and_spans_give_the_same_bytes()
    {
        const string Text = "Ωmega 😀 – done";
        var buffer = new Utf8TextBuffer(1);
        foreach (var c in Text)
        {
            buffer.Write(c);
        }

        buffer.Take().ToArray().ShouldBe(StreamWriterBytes([Text]));
        buffer.Write(Text.ToCharArray(), 2, 5);
        buffer.Take().ToArray().ShouldBe(StreamWriterBytes([Text.Substring(2, 5)]));
    }

    [Fact]
    public void UTF8_bytes_are_written_as_they_are_after_the_text_before_them()
    {
        var buffer = new Utf8TextBuffer(2);
        buffer.Write("Kyiv \uD83D");
        buffer.WriteUtf8(Encoding.UTF8.GetBytes("– «Київ»"));
        buffer.Write("!");

        buffer.Take().ToArray().ShouldBe(StreamWriterBytes(["Kyiv \uD83D", "– «Київ»", "!"]), "a high surrogate left waiting becomes U+FFFD first");
    }

    [Fact]
    public void Take_starts_the_next_text_empty()
    {
        var buffer = new Utf8TextBuffer(16);
        buffer.Write("first text, long enough to grow the buffer");
        buffer.Take();
        buffer.Write("second");

        Encoding.UTF8.GetString(buffer.Take().Span).ShouldBe("second");
        buffer.Take().Length.ShouldBe(0);
    }

    private static byte[] StreamWriterBytes(string[] writes)
    {
        using var stream = new MemoryStream();
        using (var writer = new StreamWriter(stream, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false), 16, leaveOpen: true))
        {
            foreach (var text in writes)
            {
                writer.Write(text);
            }
        }

        return stream.ToArray();
    }
}
