using System.Security.Cryptography;
using System.Text;
using SiteGen.Content;
using SiteGen.Diagnostics;

namespace SiteGen.Tests;

public sealed class ContentBodyReaderTests : IDisposable
{
    private const string Text = "---\nname: \"DW\"\n---\n\nA broadcaster.\n";
    private readonly string _root = Directory.CreateTempSubdirectory("sitegen-content-").FullName;

    [Fact]
    public void Reads_the_body_after_the_front_matter()
    {
        File.WriteAllText(Path.Combine(_root, "dw.md"), Text);
        new ContentBodyReader(_root).ReadBody(Outlet()).ShouldBe("\nA broadcaster.\n");
    }

    [Theory]
    [InlineData("utf-8")]
    [InlineData("utf-8 with a byte-order mark")]
    [InlineData("utf-16")]
    [InlineData("utf-16 big-endian")]
    [InlineData("utf-32")]
    public void Reads_the_body_in_every_encoding_the_compiler_reads(string encoding)
    {
        // The compiler fingerprints the text as it decoded it, line endings and all.
        const string text = "---\r\nname: \"Deutsche Welle – DW\"\r\n---\r\n\r\nA broadcaster in Bonn, Köln’s neighbour.\r\n";
        var bytes = encoding switch
        {
            "utf-8" => Encoding.UTF8.GetBytes(text),
            "utf-8 with a byte-order mark" => [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(text)],
            "utf-16" => [.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes(text)],
            "utf-16 big-endian" => [.. Encoding.BigEndianUnicode.GetPreamble(), .. Encoding.BigEndianUnicode.GetBytes(text)],
            _ => [.. Encoding.UTF32.GetPreamble(), .. Encoding.UTF32.GetBytes(text)],
        };
        File.WriteAllBytes(Path.Combine(_root, "dw.md"), bytes);
        var outlet = Outlet() with { File = new ContentFile("dw.md", 4, Hash("---\r\nname: \"Deutsche Welle – DW\"\r\n---\r\n")) };

        new ContentBodyReader(_root).ReadBody(outlet).ShouldBe("\r\nA broadcaster in Bonn, Köln’s neighbour.\r\n");
    }

    [Fact]
    public void A_front_matter_changed_since_compile_is_an_error_not_a_mix()
    {
        File.WriteAllText(Path.Combine(_root, "dw.md"), Text.Replace("\"DW\"", "\"Deutsche Welle\""));
        var error = Should.Throw<SiteBuildException>(() => new ContentBodyReader(_root).ReadBody(Outlet())).Errors.ShouldHaveSingleItem();
        error.Id.ShouldBe(SiteErrorIds.ContentChanged);
        error.ToString().ShouldStartWith(Path.Combine(_root, "dw.md") + "(1,1): error SG0101: this file's front matter changed after the report was compiled");
    }

    [Fact]
    public void A_body_changed_since_compile_is_read_as_it_is_now()
    {
        File.WriteAllText(Path.Combine(_root, "dw.md"), Text.Replace("broadcaster", "publisher"));
        new ContentBodyReader(_root).ReadBody(Outlet()).ShouldBe("\nA publisher.\n");
    }

    [Fact]
    public void A_missing_file_is_an_error_naming_it()
    {
        var error = Should.Throw<SiteBuildException>(() => new ContentBodyReader(_root).ReadBody(Outlet())).Errors.ShouldHaveSingleItem();
        error.Id.ShouldBe(SiteErrorIds.ContentUnreadable);
        error.Path.ShouldBe(Path.Combine(_root, "dw.md"));
        error.Message.ShouldContain("run the build again");
        error.Message.ShouldNotContain("link");
    }

    public void Dispose() => Directory.Delete(_root, recursive: true);

    private static Outlet Outlet() => new()
    {
        Key = "dw",
        File = new ContentFile("dw.md", 4, Hash("---\nname: \"DW\"\n---\n")),
        Name = "DW",
    };

    /// <summary>The fingerprint the compiler records for a front matter: the SHA-256 of its text, as UTF-8.</summary>
    private static string Hash(string frontMatter) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(frontMatter)));
}
