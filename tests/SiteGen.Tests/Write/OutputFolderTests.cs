using System.Text;
using SiteGen.Build;
using SiteGen.Diagnostics;
using SiteGen.Write;

namespace SiteGen.Tests;

/// <summary>
/// A build replaces only what SiteGen wrote: a link given as the output folder is refused, and files a person added to
/// a built site (a CNAME, a publishing worktree's .git/, a link) are kept, never deleted, never followed.
/// </summary>
public sealed class OutputFolderTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("sitegen-output-").FullName;

    private string Site => Path.Combine(_folder, "site");

    [Fact]
    public void A_link_as_the_output_folder_is_refused_and_its_target_is_untouched()
    {
        var elsewhere = Path.Combine(_folder, "elsewhere");
        SiteWriter.Write(elsewhere, [File("index.html", "built there")]);
        System.IO.File.WriteAllText(Path.Combine(elsewhere, "notes.txt"), "mine");
        Directory.CreateDirectory(Path.Combine(elsewhere, "people", "x"));
        System.IO.File.WriteAllText(Path.Combine(elsewhere, "people", "x", "draft.txt"), "mine too");
        Directory.CreateSymbolicLink(Site, elsewhere);
        var before = ReadAll(elsewhere);

        var refused = Should.Throw<SiteBuildException>(() => SiteWriter.Write(Site, [File("index.html", "new")]));

        var error = refused.Errors.ShouldHaveSingleItem();
        error.Id.ShouldBe(SiteErrorIds.OutputRefused);
        error.Message.ShouldContain("symbolic link");
        new DirectoryInfo(Site).LinkTarget.ShouldBe(elsewhere);
        ReadAll(elsewhere).ShouldBe(before);
    }

    [Fact]
    public void A_link_to_an_empty_folder_is_refused_rather_than_replaced()
    {
        var empty = Directory.CreateDirectory(Path.Combine(_folder, "empty")).FullName;
        Directory.CreateSymbolicLink(Site, empty);

        Should.Throw<SiteBuildException>(() => SiteWriter.Write(Site, [File("index.html", "new")]))
            .Errors.ShouldHaveSingleItem().Message.ShouldContain("symbolic link");

        new DirectoryInfo(Site).LinkTarget.ShouldBe(empty);
        Directory.EnumerateFileSystemEntries(empty).ShouldBeEmpty();
    }

    [Fact]
    public void Files_added_to_a_built_site_are_kept_through_the_next_builds()
    {
        SiteWriter.Write(Site, [File("index.html", "home"), File("articles/a/index.html", "a"), File("articles/gone/index.html", "gone")]);
        Add("CNAME", "report.example.org\n");
        Add(".git/HEAD", "ref: refs/heads/gh-pages\n");
        Add(".git/objects/ab/cdef", "object");
        Add("articles/a/notes.txt", "beside a page");
        Add("articles/gone/notes.txt", "beside a page that goes");

        SiteWriter.Write(Site, [File("index.html", "home, edited"), File("articles/a/index.html", "a")]);
        SiteWriter.Write(Site, [File("index.html", "home, edited again")]);

        var site = ReadAll(Site);
        site.Remove(SiteWriter.Marker);
        site.ShouldBe(new Dictionary<string, string>
        {
            ["index.html"] = "home, edited again",
            ["CNAME"] = "report.example.org\n",
            [".git/HEAD"] = "ref: refs/heads/gh-pages\n",
            [".git/objects/ab/cdef"] = "object",
            ["articles/a/notes.txt"] = "beside a page",
            ["articles/gone/notes.txt"] = "beside a page that goes",
        }, ignoreOrder: true);
        Directory.EnumerateFileSystemEntries(_folder, ".site.*").ShouldBeEmpty();
    }

    [Fact]
    public void The_marker_lists_what_SiteGen_wrote_and_nothing_a_person_added()
    {
        SiteWriter.Write(Site, [File("index.html", "home"), File("people/x/index.html", "x")]);
        Add("CNAME", "report.example.org\n");
        SiteWriter.Write(Site, [File("index.html", "home"), File("people/x/index.html", "x")]);

        var lines = System.IO.File.ReadAllLines(Path.Combine(Site, SiteWriter.Marker));
        lines.Skip(1).ShouldBe(["index.html", "people/x/index.html"]);
        lines[0].ShouldStartWith("# ");
    }

    [Fact]
    public void A_file_a_person_added_where_the_site_now_writes_its_own_is_refused_by_name()
    {
        SiteWriter.Write(Site, [File("index.html", "home")]);
        Add("CNAME", "theirs.example.org\n");
        Add("robots.txt", "User-agent: *\n");

        var refused = Should.Throw<SiteBuildException>(() => SiteWriter.Write(Site, [File("index.html", "home 2"), File("CNAME", "ours.example.org\n"), File("robots.txt", "User-agent: *\n")]));

        var error = refused.Errors.ShouldHaveSingleItem();
        error.Id.ShouldBe(SiteErrorIds.OutputRefused);
        error.Message.ShouldContain("CNAME");
        error.Message.ShouldNotContain("robots.txt", customMessage: "a file with the same bytes as the new one is no clash");
        ReadAll(Site)["CNAME"].ShouldBe("theirs.example.org\n");
        ReadAll(Site)["index.html"].ShouldBe("home");
    }

    [Fact]
    public void A_person_added_file_with_the_bytes_the_site_now_writes_becomes_the_sites()
    {
        SiteWriter.Write(Site, [File("index.html", "home")]);
        Add("robots.txt", "User-agent: *\n");

        SiteWriter.Write(Site, [File("index.html", "home"), File("robots.txt", "User-agent: *\n")]);
        SiteWriter.Write(Site, [File("index.html", "home")]);

        ReadAll(Site).Keys.ShouldBe(["index.html", SiteWriter.Marker], ignoreOrder: true);
    }

    [Fact]
    public void A_link_added_to_a_built_site_is_kept_as_a_link_and_what_it_points_to_is_never_entered()
    {
        var outside = Outside();
        SiteWriter.Write(Site, [File("index.html", "home"), File("people/x/index.html", "x")]);
        Directory.CreateSymbolicLink(Path.Combine(Site, "people", "link"), outside);
        Directory.CreateSymbolicLink(Path.Combine(Site, "top"), outside);

        SiteWriter.Write(Site, [File("index.html", "home")]);
        SiteWriter.Write(Site, [File("index.html", "home 2")]);

        new DirectoryInfo(Path.Combine(Site, "people", "link")).LinkTarget.ShouldBe(outside);
        new DirectoryInfo(Path.Combine(Site, "top")).LinkTarget.ShouldBe(outside);
        System.IO.File.ReadAllText(Path.Combine(outside, "deep", "precious.txt")).ShouldBe("keep");
    }

    [Fact]
    public void The_previous_site_is_deleted_without_entering_a_link_inside_it()
    {
        var outside = Outside();
        SiteWriter.Write(Site, [File("index.html", "home"), File("people/x/index.html", "x")]);
        var previous = Path.Combine(_folder, ".site.previous-1");
        Directory.Move(Site, previous);
        Directory.CreateSymbolicLink(Path.Combine(previous, "people", "link"), outside);
        Directory.CreateDirectory(Site);

        SiteWriter.Write(Site, [File("index.html", "home")]);

        Directory.Exists(previous).ShouldBeFalse();
        System.IO.File.ReadAllText(Path.Combine(outside, "deep", "precious.txt")).ShouldBe("keep");
    }

    [Fact]
    public void A_site_whose_marker_lists_no_files_is_refused_rather_than_guessed_at()
    {
        Directory.CreateDirectory(Site);
        System.IO.File.WriteAllText(Path.Combine(Site, SiteWriter.Marker), "This folder is written by SiteGen and replaced on every build.\n");
        Add("CNAME", "report.example.org\n");

        Should.Throw<SiteBuildException>(() => SiteWriter.Write(Site, [File("index.html", "home")]))
            .Errors.ShouldHaveSingleItem().Message.ShouldContain("earlier SiteGen");
        ReadAll(Site)["CNAME"].ShouldBe("report.example.org\n");
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    /// <summary>A folder beside the site with a file that no build may touch, in a folder of its own.</summary>
    private string Outside()
    {
        var outside = Path.Combine(_folder, "outside");
        Directory.CreateDirectory(Path.Combine(outside, "deep"));
        System.IO.File.WriteAllText(Path.Combine(outside, "deep", "precious.txt"), "keep");
        return outside;
    }

    private void Add(string sitePath, string text)
    {
        var path = Path.Combine(Site, sitePath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        System.IO.File.WriteAllText(path, text);
    }

    private static OutputFile File(string path, string text) => new(path, Encoding.UTF8.GetBytes(text));

    private static Dictionary<string, string> ReadAll(string folder) =>
        Directory.EnumerateFiles(folder, "*", new EnumerationOptions { RecurseSubdirectories = true, AttributesToSkip = 0 })
            .Where(f => new FileInfo(f).LinkTarget == null)
            .ToDictionary(f => Path.GetRelativePath(folder, f).Replace(Path.DirectorySeparatorChar, '/'), System.IO.File.ReadAllText);
}
