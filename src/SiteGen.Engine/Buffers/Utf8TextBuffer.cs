using System.Buffers;
using System.Text;
using System.Text.Unicode;

namespace SiteGen.Buffers;

/// <summary>
/// A text writer straight into UTF-8 bytes, emptied and reused from one text to the next: pages and article bodies are
/// rendered through one of these per thread instead of through strings, or buffers grown afresh for each. Characters
/// are encoded as they are written into the one byte buffer, not gathered in a buffer of characters first and copied
/// again (a stream writer over a memory stream copies every page twice).
/// </summary>
internal sealed class Utf8TextBuffer(int capacity) : TextWriter
{
    private static readonly Encoding WithoutMark = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);

    private byte[] _bytes = new byte[capacity];
    private int _length;

    // A high surrogate written last, waiting for the low one the next write starts with.
    private char? _pendingHigh;

    public override Encoding Encoding => WithoutMark;

    /// <summary>How large the buffer has grown, for a holder that lets go of one that grew too large.</summary>
    public int Capacity => _bytes.Length;

    /// <summary>How many bytes were written since the last <see cref="Take"/>.</summary>
    public int Length
    {
        get
        {
            FlushPendingHigh();
            return _length;
        }
    }

    public override void Write(char value)
    {
        if (value < 0x80 && _pendingHigh == null)
        {
            Reserve(1);
            _bytes[_length++] = (byte)value;
            return;
        }

        Write(new ReadOnlySpan<char>(in value));
    }

    public override void Write(string? value) => Write(value.AsSpan());

    public override void Write(char[] buffer, int index, int count) => Write(buffer.AsSpan(index, count));

    public override void Write(ReadOnlySpan<char> chars)
    {
        if (chars.IsEmpty)
        {
            return;
        }

        if (_pendingHigh is { } high && char.IsLowSurrogate(chars[0]))
        {
            _pendingHigh = null;
            Encode([high, chars[0]], final: true);
            chars = chars[1..];
        }

        FlushPendingHigh();
        Encode(chars, final: false);
    }

    /// <summary>Writes text that is already UTF-8, as it is.</summary>
    public void WriteUtf8(ReadOnlySpan<byte> utf8)
    {
        FlushPendingHigh();
        Reserve(utf8.Length);
        utf8.CopyTo(_bytes.AsSpan(_length));
        _length += utf8.Length;
    }

    /// <summary>
    /// The text written since the last call, valid until the next text is written: write or copy it first. A surrogate
    /// left alone at the end is written as U+FFFD, as an encoder flushing would.
    /// </summary>
    public ReadOnlyMemory<byte> Take()
    {
        FlushPendingHigh();
        var text = _bytes.AsMemory(0, _length);
        _length = 0;
        return text;
    }

    /// <summary>A high surrogate left waiting, with no low one to follow, is written as U+FFFD, as an encoder's would.</summary>
    private void FlushPendingHigh()
    {
        if (_pendingHigh is { } high)
        {
            _pendingHigh = null;
            Encode([high], final: true);
        }
    }

    private void Encode(ReadOnlySpan<char> chars, bool final)
    {
        // At most three bytes for each character (a surrogate pair is four bytes for two).
        Reserve(chars.Length * 3);
        var status = Utf8.FromUtf16(chars, _bytes.AsSpan(_length), out var read, out var written, replaceInvalidSequences: true, isFinalBlock: final);
        _length += written;
        if (status == OperationStatus.NeedMoreData)
        {
            _pendingHigh = chars[read];
        }
    }

    private void Reserve(int count)
    {
        if (_length + count > _bytes.Length)
        {
            Array.Resize(ref _bytes, Math.Max(_bytes.Length * 2, _length + count));
        }
    }
}
