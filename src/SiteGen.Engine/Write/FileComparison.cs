using System.Buffers;

namespace SiteGen.Write;

/// <summary>
/// A file of the current site compared with new bytes as they come, a block at a time: whether a page or data file
/// changed is known without reading either whole, and for a file written as it is made, without reading it back.
/// </summary>
internal sealed class FileComparison : IDisposable
{
    private const int BlockSize = 64 * 1024;

    private readonly FileStream? _file;
    private readonly byte[]? _block;
    private bool _same;

    /// <param name="path">The file to compare with; null compares with no file, so nothing is the same.</param>
    /// <param name="length">The new bytes' length when known before they come: a file of another length is not read.</param>
    public FileComparison(string? path, long? length = null)
    {
        var info = path != null ? new FileInfo(path) : null;
        _same = info != null && info.Exists && info.LinkTarget == null && (length == null || info.Length == length);
        if (_same)
        {
            _file = new FileStream(path!, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 0);
            _block = ArrayPool<byte>.Shared.Rent(BlockSize);
        }
    }

    /// <summary>Whether every byte so far and nothing more is what the file holds.</summary>
    public bool Same => _same && _file!.Position == _file.Length;

    /// <summary>Compares the next bytes; false, and no more reading, from the first difference on.</summary>
    public bool Compare(ReadOnlySpan<byte> next)
    {
        while (_same && !next.IsEmpty)
        {
            var read = _file!.Read(_block!, 0, Math.Min(_block!.Length, next.Length));
            _same = read > 0 && _block.AsSpan(0, read).SequenceEqual(next[..read]);
            next = next[read..];
        }

        return _same;
    }

    public void Dispose()
    {
        _file?.Dispose();
        if (_block != null)
        {
            ArrayPool<byte>.Shared.Return(_block);
        }
    }
}
