using System.Text;
using SiteGen.FrontMatter;

namespace SiteGen.Content;

/// <summary>
/// A content file's text as the compiler reads it, held as UTF-8 bytes: a UTF-8 byte-order mark is left out, and a file
/// marked UTF-16 or UTF-32 by its byte-order mark is turned into UTF-8. Its fingerprint and its body are taken from
/// these bytes, so a reader decodes only what it uses.
/// </summary>
internal sealed class ContentFileText
{
    private readonly byte[] _bytes;
    private readonly int _start;

    private ContentFileText(byte[] bytes, int start)
    {
        _bytes = bytes;
        _start = start;
    }

    /// <summary>The fingerprint of the whole text (<see cref="ContentHash"/>): whether a file changed at all.</summary>
    public string Sha256 => ContentHash.OfUtf8(_bytes, _start, _bytes.Length - _start);

    /// <summary>
    /// The fingerprint the compiler records for the text before line <paramref name="bodyStartLine"/>, the front matter
    /// (<see cref="ContentHash.OfFrontMatter"/>).
    /// </summary>
    public string FrontMatterSha256(int bodyStartLine) => ContentHash.OfUtf8(_bytes, _start, OffsetOf(bodyStartLine) - _start);

    /// <summary>
    /// The same fingerprint for the front matter the text has now, its end found without reading the YAML; null when the
    /// text has no front matter, or never closes it.
    /// </summary>
    public string? FrontMatterSha256() => FrontMatterParser.BodyStartLine(ToString()) is { } line ? FrontMatterSha256(line) : null;

    private static ReadOnlySpan<byte> Utf8Bom => [0xEF, 0xBB, 0xBF];

    /// <exception cref="IOException">The file cannot be read.</exception>
    /// <exception cref="UnauthorizedAccessException">The file may not be read.</exception>
    public static ContentFileText Read(string path)
    {
        var bytes = File.ReadAllBytes(path);
        if (IsMarkedWide(bytes))
        {
            using var reader = new StreamReader(new MemoryStream(bytes), Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
            bytes = Encoding.UTF8.GetBytes(reader.ReadToEnd());
        }

        return new ContentFileText(bytes, bytes.AsSpan().StartsWith(Utf8Bom) ? Utf8Bom.Length : 0);
    }

    /// <summary>The text from line <paramref name="bodyStartLine"/> on.</summary>
    public string From(int bodyStartLine) => Encoding.UTF8.GetString(_bytes.AsSpan(OffsetOf(bodyStartLine)));

    private int OffsetOf(int line)
    {
        var offset = _start;
        for (var at = 1; at < line && offset < _bytes.Length; at++)
        {
            var newline = _bytes.AsSpan(offset).IndexOf((byte)'\n');
            offset = newline < 0 ? _bytes.Length : offset + newline + 1;
        }

        return offset;
    }

    public override string ToString() => From(1);

    /// <summary>A UTF-16 (either byte order) or UTF-32 byte-order mark; UTF-32's little-endian mark begins with UTF-16's.</summary>
    private static bool IsMarkedWide(ReadOnlySpan<byte> bytes) =>
        bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]) || bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]) || bytes.StartsWith((ReadOnlySpan<byte>)[0x00, 0x00, 0xFE, 0xFF]);
}
