using System.Buffers;

namespace SiteGen.Write;

/// <summary>
/// Bytes written in blocks smaller than the runtime's large-object size and read back as one sequence: a data file of
/// tens of megabytes without an array that size, or the copies an array grown by doubling leaves behind (each of them
/// a large object, collected only by a full collection).
/// </summary>
internal sealed class BlockBuffer : IBufferWriter<byte>
{
    private const int BlockSize = 64 * 1024;

    private readonly List<(byte[] Bytes, int Used)> _blocks = [];

    public long Length { get; private set; }

    public void Advance(int count)
    {
        var (bytes, used) = _blocks[^1];
        if (count < 0 || used + count > bytes.Length)
        {
            throw new ArgumentOutOfRangeException(nameof(count), "advanced past the memory handed out");
        }

        _blocks[^1] = (bytes, used + count);
        Length += count;
    }

    public Memory<byte> GetMemory(int sizeHint = 0) => Free(sizeHint);

    public Span<byte> GetSpan(int sizeHint = 0) => Free(sizeHint).Span;

    /// <summary>What was written, in order; valid as long as this buffer is.</summary>
    public ReadOnlySequence<byte> ToSequence()
    {
        Segment? first = null;
        Segment? last = null;
        foreach (var (bytes, used) in _blocks)
        {
            if (used == 0)
            {
                continue;
            }

            var segment = new Segment(bytes.AsMemory(0, used), last == null ? 0 : last.RunningIndex + last.Memory.Length);
            last?.Link(segment);
            first ??= segment;
            last = segment;
        }

        return first == null || last == null ? ReadOnlySequence<byte>.Empty : new ReadOnlySequence<byte>(first, 0, last, last.Memory.Length);
    }

    private Memory<byte> Free(int sizeHint)
    {
        var needed = Math.Max(sizeHint, 1);
        if (_blocks.Count == 0 || _blocks[^1].Bytes.Length - _blocks[^1].Used < needed)
        {
            _blocks.Add((new byte[Math.Max(BlockSize, needed)], 0));
        }

        var (bytes, used) = _blocks[^1];
        return bytes.AsMemory(used);
    }

    private sealed class Segment : ReadOnlySequenceSegment<byte>
    {
        public Segment(ReadOnlyMemory<byte> memory, long runningIndex)
        {
            Memory = memory;
            RunningIndex = runningIndex;
        }

        public void Link(Segment next) => Next = next;
    }
}
