using System.Text;

namespace SiteGen.Write;

/// <summary>
/// A text writer straight into UTF-8 bytes, emptied and reused from one text to the next: pages and article bodies are
/// rendered through one of these per thread instead of through strings, or buffers grown afresh for each.
/// </summary>
public sealed class Utf8TextBuffer
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    private readonly MemoryStream _bytes;

    public Utf8TextBuffer(int capacity, int writerBufferSize)
    {
        _bytes = new MemoryStream(capacity);
        Writer = new StreamWriter(_bytes, Utf8, writerBufferSize, leaveOpen: true);
    }

    public StreamWriter Writer { get; }

    /// <summary>How large the buffer has grown, for a holder that lets go of one that grew too large.</summary>
    public int Capacity => _bytes.Capacity;

    /// <summary>The text written since the last call, valid until the next text is written: write or copy it first.</summary>
    public ReadOnlyMemory<byte> Take()
    {
        Writer.Flush();
        var text = _bytes.GetBuffer().AsMemory(0, (int)_bytes.Length);
        _bytes.SetLength(0);
        return text;
    }
}
