using SiteGen.Build;
using SiteGen.Content;

namespace SiteGen.Tests;

/// <summary>Symbolic links in the content folder: inside is fine, outside or looping is refused with the file named.</summary>
public sealed class ContentLinkTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("sitegen-links-").FullName;

    private string Content => Path.Combine(_folder, "content");

    [Fact]
    public void A_link_out_of_the_content_folder_is_refused()
    {
        Directory.CreateDirectory(Path.Combine(Content, "outlets"));
        File.WriteAllText(Path.Combine(_folder, "secret.md"), "---\nname: \"x\"\n---\n");
        var link = Path.Combine(Content, "outlets", "leak.md");
        File.CreateSymbolicLink(link, Path.Combine(_folder, "secret.md"));

        FolderLinks.Problem(Content, link)!.ShouldContain("points outside the content folder");
        var read = Reader().Read();
        read.Content.ShouldBeNull();
        read.Problems.ShouldHaveSingleItem().Path.ShouldBe(link);
    }

    [Fact]
    public void A_link_loop_is_refused()
    {
        Directory.CreateDirectory(Path.Combine(Content, "outlets"));
        var a = Path.Combine(Content, "outlets", "a.md");
        var b = Path.Combine(Content, "outlets", "b.md");
        File.CreateSymbolicLink(a, b);
        File.CreateSymbolicLink(b, a);

        FolderLinks.Problem(Content, a)!.ShouldContain("cannot be followed");
    }

    [Fact]
    public void A_link_inside_the_content_folder_is_read()
    {
        Directory.CreateDirectory(Path.Combine(Content, "outlets"));
        File.WriteAllText(Path.Combine(Content, "outlets", "dw.md"), "---\nname: \"DW\"\n---\n\nA broadcaster.\n");
        File.CreateSymbolicLink(Path.Combine(Content, "outlets", "deutsche-welle.md"), Path.Combine(Content, "outlets", "dw.md"));

        var read = Reader().Read();
        read.Problems.ShouldBeEmpty();
        read.Content!.Outlets.Select(o => o.Key).ShouldBe(["deutsche-welle", "dw"]);
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private ContentFolderReader Reader() => new(Content, [new ContentCollectionAttribute(typeof(Outlet), "outlets")]);
}
