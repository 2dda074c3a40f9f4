using System.Buffers;
using System.Collections;
using System.Text;
using SiteGen.Diagnostics;
using SiteGen.Write;

namespace SiteGen.Tests;

/// <summary>A build that dies while writing never leaves a half-written site, and the next build cleans up after it.</summary>
public sealed class SiteWriterTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("sitegen-writer-").FullName;

    private string Site => Path.Combine(_folder, "site");

    [Fact]
    public void A_build_that_dies_mid_write_leaves_the_previous_site_intact_and_the_next_build_cleans_up()
    {
        SiteWriter.Write(Site, [File("index.html", "old home"), File("people/x/index.html", "old person")]);

        var dying = new DyingList([File("index.html", "new home"), File("people/x/index.html", "new person"), File("people/y/index.html", "never")], dieAt: 2);
        Should.Throw<InvalidOperationException>(() => SiteWriter.Write(Site, dying));

        var old = ReadAll(Site);
        old.Keys.ShouldBe(["index.html", "people/x/index.html", SiteWriter.Marker], ignoreOrder: true);
        old["index.html"].ShouldBe("old home");
        old["people/x/index.html"].ShouldBe("old person");
        Directory.EnumerateDirectories(_folder, ".site.staging-*").ShouldNotBeEmpty();

        SiteWriter.Write(Site, [File("index.html", "new home")]);

        ReadAll(Site).Keys.ShouldBe(["index.html", SiteWriter.Marker], ignoreOrder: true);
        Directory.EnumerateDirectories(_folder, ".site.*").ShouldBeEmpty();
    }

    [Fact]
    public void A_second_build_into_a_folder_being_written_is_refused_and_the_first_one_completes()
    {
        SiteWriter.Write(Site, [File("index.html", "old home")]);
        var first = SiteStaging.Begin(Site);
        first.Add(File("index.html", "first"));

        var refused = Should.Throw<SiteBuildException>(() => SiteStaging.Begin(Site));
        refused.Errors.ShouldHaveSingleItem().Message.ShouldContain("another build is writing this folder now");

        first.Commit();
        ReadAll(Site)["index.html"].ShouldBe("first");
        SiteWriter.Write(Site, [File("index.html", "second")]);
        ReadAll(Site)["index.html"].ShouldBe("second");
        Directory.EnumerateFileSystemEntries(_folder, ".site.*").ShouldBeEmpty("the lock file goes with the build that held it");
    }

    [Fact]
    public void A_build_killed_between_the_two_renames_gets_its_previous_site_back()
    {
        SiteWriter.Write(Site, [File("index.html", "old home")]);
        Directory.Move(Site, Path.Combine(_folder, ".site.previous-4242"));

        SiteWriter.Write(Path.Combine(_folder, "other"), [File("index.html", "x")]);
        SiteWriter.Write(Site, [File("index.html", "new home")]);

        System.IO.File.ReadAllText(Path.Combine(Site, "index.html")).ShouldBe("new home");
        Directory.EnumerateDirectories(_folder, ".site.*").ShouldBeEmpty();
    }

    [Fact]
    public void A_rebuild_links_unchanged_files_and_writes_only_the_changed_ones()
    {
        SiteWriter.Write(Site, [File("index.html", "home"), File("people/x/index.html", "person"), File("people/y/index.html", "gone")]);

        var staging = SiteWriter.Write(Site, [File("index.html", "home"), File("people/x/index.html", "person, edited"), File("people/z/index.html", "new")]);

        staging.Unchanged.ShouldBe(1);
        staging.Written.ShouldBe(2);
        ReadAll(Site).ShouldBe(new Dictionary<string, string>
        {
            ["index.html"] = "home",
            ["people/x/index.html"] = "person, edited",
            ["people/z/index.html"] = "new",
            [SiteWriter.Marker] = System.IO.File.ReadAllText(Path.Combine(Site, SiteWriter.Marker)),
        }, ignoreOrder: true);
        Directory.EnumerateDirectories(_folder, ".site.*").ShouldBeEmpty();
    }

    [Fact]
    public void A_file_of_the_same_length_but_other_bytes_is_written()
    {
        SiteWriter.Write(Site, [File("index.html", "abc")]);
        SiteWriter.Write(Site, [File("index.html", "abd")]).Written.ShouldBe(1);
        System.IO.File.ReadAllText(Path.Combine(Site, "index.html")).ShouldBe("abd");
    }

    [Fact]
    public void A_large_file_is_compared_to_its_last_byte()
    {
        var large = new string('x', 200_000);
        SiteWriter.Write(Site, [File("data/large.json", large)]);
        SiteWriter.Write(Site, [File("data/large.json", large)]).Unchanged.ShouldBe(1);
        SiteWriter.Write(Site, [File("data/large.json", large[..^1] + "y")]).Written.ShouldBe(1);
        System.IO.File.ReadAllText(Path.Combine(Site, "data", "large.json")).ShouldEndWith("xy");
    }

    [Fact]
    public void A_file_handed_on_in_blocks_is_written_whole_and_compared_block_by_block()
    {
        var text = string.Concat(Enumerable.Range(0, 20_000).Select(i => i + ","));
        Staged(text).Written.ShouldBe(1);
        System.IO.File.ReadAllText(Path.Combine(Site, "data", "blocks.json")).ShouldBe(text);
        Staged(text).Unchanged.ShouldBe(1);
        Staged(text[..^1] + ";").Written.ShouldBe(1);
    }

    [Fact]
    public void A_file_written_as_it_is_made_is_written_whole_and_linked_when_unchanged()
    {
        var text = string.Concat(Enumerable.Range(0, 40_000).Select(i => i + ","));
        Streamed(text).Written.ShouldBe(1);
        System.IO.File.ReadAllText(Path.Combine(Site, "data", "streamed.json")).ShouldBe(text);
        Streamed(text).Unchanged.ShouldBe(1);
        System.IO.File.ReadAllText(Path.Combine(Site, "data", "streamed.json")).ShouldBe(text);
        Streamed(text[..^1] + ";").Written.ShouldBe(1);
        System.IO.File.ReadAllText(Path.Combine(Site, "data", "streamed.json")).ShouldEndWith(";");
        Directory.EnumerateFiles(Site, "*.link", SearchOption.AllDirectories).ShouldBeEmpty();
    }

    [Fact]
    public void A_file_that_fails_while_it_is_made_leaves_the_previous_site_as_it_was()
    {
        Streamed("old").Written.ShouldBe(1);
        var staging = SiteStaging.Begin(Site);
        Should.Throw<InvalidOperationException>(() => staging.Add("data/streamed.json", output =>
        {
            output.Write("half"u8);
            throw new InvalidOperationException("template failed");
        }));
        staging.Abandon();
        System.IO.File.ReadAllText(Path.Combine(Site, "data", "streamed.json")).ShouldBe("old");
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private SiteStaging Staged(string text)
    {
        var blocks = new BlockBuffer();
        foreach (var piece in Encoding.UTF8.GetBytes(text).Chunk(5_000))
        {
            blocks.Write(piece);
        }

        blocks.ToSequence().IsSingleSegment.ShouldBeFalse();
        var staging = SiteStaging.Begin(Site);
        staging.Add("data/blocks.json", blocks.ToSequence());
        staging.Commit();
        return staging;
    }

    private SiteStaging Streamed(string text)
    {
        var staging = SiteStaging.Begin(Site);
        staging.Add("data/streamed.json", output =>
        {
            foreach (var piece in Encoding.UTF8.GetBytes(text).Chunk(5_000))
            {
                output.Write(piece);
            }
        });
        staging.Commit();
        return staging;
    }

    private static OutputFile File(string path, string text) => new(path, Encoding.UTF8.GetBytes(text));

    private static Dictionary<string, string> ReadAll(string folder) =>
        Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
            .ToDictionary(f => Path.GetRelativePath(folder, f).Replace(Path.DirectorySeparatorChar, '/'), System.IO.File.ReadAllText);

    /// <summary>Stands in for a process that dies after writing some of the files.</summary>
    private sealed class DyingList(OutputFile[] files, int dieAt) : IReadOnlyList<OutputFile>
    {
        public int Count => files.Length;

        public OutputFile this[int index] => index < dieAt ? files[index] : throw new InvalidOperationException("killed");

        public IEnumerator<OutputFile> GetEnumerator()
        {
            for (var i = 0; i < files.Length; i++)
            {
                yield return this[i];
            }
        }

        IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
    }
}
