using System.Text;
using SiteGen.Build;
using SiteGen.FrontMatter;

namespace SiteGen.Content;

/// <summary>Reads a record's Markdown body from its file, refusing a file that changed since it was compiled.</summary>
public sealed class ContentBodyReader(string contentRoot)
{
    public string ReadBody(ContentRecord record)
    {
        var path = Path.Combine(contentRoot, record.File.RelativePath);
        if (ContentLinks.Problem(contentRoot, path) is { } link)
        {
            throw new SiteBuildException(new SiteDiagnostic(path, 1, 1, SiteErrorIds.ContentUnreadable, link));
        }

        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new SiteBuildException(new SiteDiagnostic(path, 1, 1, SiteErrorIds.ContentUnreadable,
                $"cannot read this content file ({e.Message}); restore it or rebuild without it"));
        }

        // Content is UTF-8, so the fingerprint is taken from the file's bytes and only the body is decoded, instead of the
        // whole file decoded, encoded again to be fingerprinted and then cut. A file marked as UTF-16 or UTF-32 by its
        // byte-order mark (the compiler reads those too) is turned into UTF-8 first.
        if (bytes.AsSpan().StartsWith(Utf16Bom) || bytes.AsSpan().StartsWith(Utf16BigEndianBom))
        {
            using var reader = new StreamReader(new MemoryStream(bytes), Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
            bytes = Encoding.UTF8.GetBytes(reader.ReadToEnd());
        }

        var start = bytes.AsSpan().StartsWith(Utf8Bom) ? Utf8Bom.Length : 0;
        if (ContentHash.OfUtf8(bytes, start, bytes.Length - start) != record.File.Sha256)
        {
            throw new SiteBuildException(new SiteDiagnostic(path, 1, 1, SiteErrorIds.ContentChanged,
                "this file changed after the program was compiled; run the build again so its front matter is checked (dotnet run recompiles)"));
        }

        return Encoding.UTF8.GetString(bytes.AsSpan(BodyOffset(bytes, start, record.File.BodyStartLine)));
    }

    private static ReadOnlySpan<byte> Utf8Bom => [0xEF, 0xBB, 0xBF];

    // UTF-32's little-endian mark begins with UTF-16's; the reader tells them apart.
    private static ReadOnlySpan<byte> Utf16Bom => [0xFF, 0xFE];

    private static ReadOnlySpan<byte> Utf16BigEndianBom => [0xFE, 0xFF];

    private static int BodyOffset(byte[] bytes, int start, int bodyStartLine)
    {
        var offset = start;
        for (var line = 1; line < bodyStartLine && offset < bytes.Length; line++)
        {
            var newline = bytes.AsSpan(offset).IndexOf((byte)'\n');
            offset = newline < 0 ? bytes.Length : offset + newline + 1;
        }

        return offset;
    }
}
