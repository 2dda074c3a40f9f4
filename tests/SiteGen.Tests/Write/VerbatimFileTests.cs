using SiteGen.Build;
using SiteGen.Cli;
using SiteGen.Content;
using SiteGen.Diagnostics;

namespace SiteGen.Tests;

/// <summary>
/// <c>static/</c> is shipped at the site's root as it is, and so is <c>templates/assets/</c> under <c>assets/</c>;
/// links in either that lead out, or to folders, are refused by name before anything is written.
/// </summary>
public sealed class VerbatimFileTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("sitegen-verbatim-").FullName;

    public VerbatimFileTests()
    {
        TestContent.CopyFolder(FixtureReport.Report.TemplatesRoot, Templates);
        Directory.CreateDirectory(Content);
        Directory.CreateDirectory(Static);
    }

    private string Templates => Path.Combine(_folder, "templates");

    private string Static => Path.Combine(_folder, "static");

    private string Content => Path.Combine(_folder, "content");

    private string Output => Path.Combine(_folder, "_site");

    [Fact]
    public void Static_files_are_shipped_at_the_root_as_they_are()
    {
        Write("CNAME", "report.example.org\n");
        Write(".nojekyll", string.Empty);
        Write("robots.txt", "User-agent: *\nAllow: /\n");
        File.WriteAllBytes(Path.Combine(Directory.CreateDirectory(Path.Combine(Static, "images")).FullName, "logo.png"), [0x89, 0x50, 0x4E, 0x47, 0x00, 0xFF]);

        Build();

        File.ReadAllText(Path.Combine(Output, "CNAME")).ShouldBe("report.example.org\n");
        File.Exists(Path.Combine(Output, ".nojekyll")).ShouldBeTrue();
        File.ReadAllText(Path.Combine(Output, "robots.txt")).ShouldBe("User-agent: *\nAllow: /\n");
        File.ReadAllBytes(Path.Combine(Output, "images", "logo.png")).ShouldBe([0x89, 0x50, 0x4E, 0x47, 0x00, 0xFF]);
        File.ReadAllLines(Path.Combine(Output, ".sitegen")).ShouldContain("CNAME");
    }

    [Theory]
    [InlineData("index.html")]
    [InlineData("assets/site.css")]
    [InlineData(".sitegen")]
    public void A_static_file_where_the_site_writes_its_own_is_refused_by_name(string path)
    {
        Write(path, "mine");

        var error = Should.Throw<SiteBuildException>(Build).Errors.ShouldHaveSingleItem();

        error.Path.ShouldBe(Path.Combine(Static, path.Replace('/', Path.DirectorySeparatorChar)));
        error.Id.ShouldBe(SiteErrorIds.VerbatimFileRefused);
        Directory.Exists(Output).ShouldBeFalse();
    }

    [Theory]
    [InlineData("templates/assets", "passwd.txt", "/etc/passwd", "points outside")]
    [InlineData("templates/assets", "rootdir", "/root", "link to a folder")]
    [InlineData("templates/assets", "up", "..", "link to a folder")]
    [InlineData("templates/assets", "gone.txt", "no-such-file.txt", "does not exist")]
    [InlineData("static", "passwd.txt", "/etc/passwd", "points outside")]
    [InlineData("static", "up", "..", "link to a folder")]
    public void A_link_that_leads_out_or_to_a_folder_is_refused_and_nothing_is_written(string folder, string name, string target, string message)
    {
        var link = Path.Combine(_folder, folder, name);
        Directory.CreateDirectory(Path.GetDirectoryName(link)!);
        File.CreateSymbolicLink(link, target);

        var error = Should.Throw<SiteBuildException>(Build).Errors.ShouldHaveSingleItem();

        error.Path.ShouldBe(link);
        error.Id.ShouldBe(SiteErrorIds.VerbatimFileRefused);
        error.Message.ShouldContain(message);
        Directory.Exists(Output).ShouldBeFalse();
    }

    [Fact]
    public void A_link_loop_is_refused()
    {
        var a = Path.Combine(Static, "a.txt");
        File.CreateSymbolicLink(a, Path.Combine(Static, "b.txt"));
        File.CreateSymbolicLink(Path.Combine(Static, "b.txt"), a);

        Should.Throw<SiteBuildException>(Build).Errors.Select(e => e.Message).ShouldAllBe(m => m.Contains("cannot be followed"));
    }

    [Fact]
    public void A_link_to_a_file_inside_its_folder_is_shipped_as_that_file()
    {
        Write("robots.txt", "User-agent: *\n");
        File.CreateSymbolicLink(Path.Combine(Static, "robots-copy.txt"), Path.Combine(Static, "robots.txt"));

        Build();

        File.ReadAllText(Path.Combine(Output, "robots-copy.txt")).ShouldBe("User-agent: *\n");
        new FileInfo(Path.Combine(Output, "robots-copy.txt")).LinkTarget.ShouldBeNull();
    }

    [Theory]
    [InlineData("content")]
    [InlineData("templates")]
    [InlineData("templates/assets")]
    [InlineData("static")]
    [InlineData("static/site")]
    [InlineData(".")]
    public void An_output_folder_inside_a_source_folder_or_holding_one_is_refused_before_anything_is_written(string output)
    {
        var folder = Path.GetFullPath(Path.Combine(_folder, output));
        var before = Directory.EnumerateFileSystemEntries(_folder, "*", SearchOption.AllDirectories).Count();

        var error = Should.Throw<SiteBuildException>(() => Builder().Build(new ContentSet(Content, [], [], [], []), folder)).Errors.ShouldHaveSingleItem();

        error.Id.ShouldBe(SiteErrorIds.OutputRefused);
        error.Message.ShouldContain("build into a folder of its own");
        Directory.EnumerateFileSystemEntries(_folder, "*", SearchOption.AllDirectories).Count().ShouldBe(before);
    }

    [Theory]
    [InlineData("content")]
    [InlineData("static")]
    public void An_output_folder_reached_through_a_link_into_a_source_folder_is_refused_too(string source)
    {
        var link = Path.Combine(Path.GetDirectoryName(_folder)!, Path.GetFileName(_folder) + "-link-" + source);
        Directory.CreateSymbolicLink(link, Path.Combine(_folder, source));
        try
        {
            var before = Directory.EnumerateFileSystemEntries(_folder, "*", SearchOption.AllDirectories).Count();

            var error = Should.Throw<SiteBuildException>(() => Builder().Build(new ContentSet(Content, [], [], [], []), Path.Combine(link, "site"))).Errors.ShouldHaveSingleItem();

            error.Id.ShouldBe(SiteErrorIds.OutputRefused);
            error.Message.ShouldContain("build into a folder of its own");
            Directory.EnumerateFileSystemEntries(_folder, "*", SearchOption.AllDirectories).Count().ShouldBe(before);
        }
        finally
        {
            Directory.Delete(link);
        }
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private void Write(string path, string text)
    {
        var file = Path.Combine(Static, path);
        Directory.CreateDirectory(Path.GetDirectoryName(file)!);
        File.WriteAllText(file, text);
    }

    private SiteBuilder Builder() => new(FixtureReport.Report.Options(cleanUrls: false), Templates, Static);

    private void Build() => Builder().Build(new ContentSet(Content, [], [], [], []), Output);
}
