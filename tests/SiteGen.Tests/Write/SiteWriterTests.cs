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

    [Fact]
    public void A_build_killed_at_any_move_of_its_commit_loses_none_of_the_writers_files()
    {
        SiteWriter.Write(Site, [File("index.html", "old home"), File("people/x/index.html", "old person")]);
        System.IO.File.WriteAllText(Path.Combine(Site, "CNAME"), "report.example.org");
        Directory.CreateDirectory(Path.Combine(Site, ".git", "objects"));
        System.IO.File.WriteAllText(Path.Combine(Site, ".git", "objects", "ab"), "history");
        Directory.CreateDirectory(Path.Combine(Site, "notes"));
        for (var i = 0; i < 20; i++)
        {
            System.IO.File.WriteAllText(Path.Combine(Site, "notes", $"n{i}.txt"), "note " + i);
        }

        var writers = ReadAll(Site).Where(f => !f.Key.StartsWith("index", StringComparison.Ordinal) && !f.Key.StartsWith("people", StringComparison.Ordinal) && f.Key != SiteWriter.Marker).ToDictionary();
        writers.Count.ShouldBe(22);

        // What a kill -9 leaves after each move is this folder as it is then; each copy is given to the next build.
        var killed = new List<string>();
        var staging = SiteStaging.Begin(Site);
        staging.Add(File("index.html", "new home"));
        staging.Add(File("people/y/index.html", "new person"));
        staging.AfterEachMove = _ =>
        {
            var copy = Path.Combine(_folder, "killed-" + killed.Count);
            Snapshot(_folder, copy);
            killed.Add(copy);
        };
        staging.Commit();
        killed.Count.ShouldBeGreaterThan(2, "a move for each carried file or folder, and the two renames");

        foreach (var copy in killed)
        {
            var site = Path.Combine(copy, "site");
            SiteWriter.Write(site, [File("index.html", "next home")]);

            var after = ReadAll(site);
            foreach (var (path, text) in writers)
            {
                after.GetValueOrDefault(path).ShouldBe(text, $"{Path.GetFileName(copy)}: {path}");
            }

            after["index.html"].ShouldBe("next home");
            Directory.EnumerateFileSystemEntries(copy).Select(Path.GetFileName).ShouldBe(["site"], Path.GetFileName(copy));
        }
    }

    [Fact]
    public void Folders_beside_the_output_that_only_look_like_a_builds_leftovers_are_never_deleted()
    {
        SiteWriter.Write(Site, [File("index.html", "home")]);
        var mine = new[] { ".site.staging-mine", ".site.previous-drafts", ".site.staging-", ".site.staging-12" };
        foreach (var folder in mine)
        {
            Directory.CreateDirectory(Path.Combine(_folder, folder));
            System.IO.File.WriteAllText(Path.Combine(_folder, folder, "draft.txt"), "mine");
        }

        var elsewhere = Path.Combine(_folder, "elsewhere");
        Directory.CreateDirectory(Path.Combine(elsewhere, "inner"));
        System.IO.File.WriteAllText(Path.Combine(elsewhere, "inner", "kept.txt"), "kept");
        Directory.CreateSymbolicLink(Path.Combine(_folder, ".site.staging-99"), elsewhere);

        SiteWriter.Write(Site, [File("index.html", "home again")]);

        foreach (var folder in mine)
        {
            System.IO.File.ReadAllText(Path.Combine(_folder, folder, "draft.txt")).ShouldBe("mine", folder);
        }

        System.IO.File.ReadAllText(Path.Combine(elsewhere, "inner", "kept.txt")).ShouldBe("kept");
        new FileInfo(Path.Combine(_folder, ".site.staging-99")).LinkTarget.ShouldBe(elsewhere);
    }

    [Fact]
    public void An_output_name_with_wildcards_sweeps_only_its_own_leftovers()
    {
        var other = Path.Combine(_folder, ".other.staging-1");
        Directory.CreateDirectory(other);
        System.IO.File.WriteAllText(Path.Combine(other, SiteStaging.Journal), string.Empty);

        SiteWriter.Write(Path.Combine(_folder, "*"), [File("index.html", "home")]);

        Directory.Exists(other).ShouldBeTrue();
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

    /// <summary>Copies the folder as it is now, its folders and files, leaving out the snapshots taken before.</summary>
    private static void Snapshot(string from, string to)
    {
        foreach (var entry in new DirectoryInfo(from).EnumerateFileSystemInfos("*", SearchOption.AllDirectories))
        {
            var relative = Path.GetRelativePath(from, entry.FullName);
            if (relative.StartsWith("killed-", StringComparison.Ordinal))
            {
                continue;
            }

            var target = Path.Combine(to, relative);
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            if (entry is DirectoryInfo)
            {
                Directory.CreateDirectory(target);
            }
            else if (entry.Name.EndsWith(".lock", StringComparison.Ordinal))
            {
                // A killed build's lock file stays behind, released: no one holds it.
                System.IO.File.WriteAllText(target, string.Empty);
            }
            else
            {
                System.IO.File.Copy(entry.FullName, target);
            }
        }
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
