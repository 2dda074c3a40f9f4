using System.Buffers;

namespace SiteGen.Write;

/// <summary>
/// Bytes handed on a block at a time as they are written (to a file, and to whatever checks it): a data file of tens of
/// megabytes (hundreds in a large archive) goes to disk while it is made, through one reused block, instead of being
/// held whole first.
/// </summary>
/// <param name="handOn">Takes each block; the bytes are valid only during the call.</param>
internal sealed class StreamBlockWriter(Action<ReadOnlySpan<byte>> handOn) : IBufferWriter<byte>, IDisposable
{
    private const int BlockSize = 64 * 1024;

    private byte[] _block = ArrayPool<byte>.Shared.Rent(BlockSize);
    private int _used;

    /// <summary>How many bytes were written, handed on or not yet.</summary>
    public long Length { get; private set; }

    public void Advance(int count)
    {
        if (count < 0 || _used + count > _block.Length)
        {
            throw new ArgumentOutOfRangeException(nameof(count), "advanced past the memory handed out");
        }

        _used += count;
        Length += count;
    }

    public Memory<byte> GetMemory(int sizeHint = 0) => Free(sizeHint);

    public Span<byte> GetSpan(int sizeHint = 0) => Free(sizeHint).Span;

    /// <summary>Hands on what was written and not yet handed on.</summary>
    public void Flush()
    {
        handOn(_block.AsSpan(0, _used));
        _used = 0;
    }

    /// <summary>Gives the block back; what was not flushed is dropped (the file is abandoned anyway).</summary>
    public void Dispose()
    {
        ArrayPool<byte>.Shared.Return(_block);
        _block = [];
        _used = 0;
    }

    private Memory<byte> Free(int sizeHint)
    {
        var needed = Math.Max(sizeHint, 1);
        if (_block.Length - _used < needed)
        {
            Flush();
            if (_block.Length < needed)
            {
                ArrayPool<byte>.Shared.Return(_block);
                _block = ArrayPool<byte>.Shared.Rent(needed);
            }
        }

        return _block.AsMemory(_used);
    }
}
