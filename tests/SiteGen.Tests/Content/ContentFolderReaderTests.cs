using SiteGen.Content;

namespace SiteGen.Tests;

/// <summary>The run-time reader re-reads only what changed, and never misses a change for trusting a time stamp.</summary>
public sealed class ContentFolderReaderTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("sitegen-reader-").FullName;

    private string Outlet => Path.Combine(_folder, "outlets", "dw.md");

    [Fact]
    public void An_unchanged_file_gives_back_the_same_record_and_an_edited_one_is_read_again()
    {
        Write("DW", DateTime.UtcNow.AddHours(-1));
        var reader = Reader();
        var first = reader.Read().Content!.Outlets.ShouldHaveSingleItem();

        reader.Read().Content!.Outlets.ShouldHaveSingleItem().ShouldBeSameAs(first);

        Write("DV", DateTime.UtcNow);
        reader.Read().Content!.Outlets.ShouldHaveSingleItem().Name.ShouldBe("DV");
    }

    [Fact]
    public void A_file_changed_within_the_time_stamp_resolution_of_its_read_is_still_seen()
    {
        var stamp = DateTime.UtcNow;
        Write("DW", stamp);
        var reader = Reader();
        reader.Read().Content!.Outlets.ShouldHaveSingleItem().Name.ShouldBe("DW");

        // Same size, same time stamp: what a coarse file-system clock shows for an edit made just after the read.
        Write("DV", stamp);
        reader.Read().Content!.Outlets.ShouldHaveSingleItem().Name.ShouldBe("DV");
    }

    [Fact]
    public void A_link_loop_in_the_content_folder_is_refused_by_name()
    {
        Directory.CreateDirectory(Path.Combine(_folder, "outlets"));
        var a = Path.Combine(_folder, "outlets", "a.md");
        File.CreateSymbolicLink(a, Path.Combine(_folder, "outlets", "b.md"));
        File.CreateSymbolicLink(Path.Combine(_folder, "outlets", "b.md"), a);

        var read = Reader().Read();
        read.Content.ShouldBeNull();
        read.Problems.Select(p => Path.GetFileName(p.Path)).ShouldBe(["a.md", "b.md"]);
        read.Problems.ShouldAllBe(p => p.Message.Contains("cannot be followed"));
    }

    [Theory]
    [InlineData("a folder of outlets outside the report")]
    [InlineData("the folder above the content (a loop)")]
    [InlineData("the file system's root")]
    public void A_link_to_a_folder_in_the_content_is_refused_at_the_link_and_never_entered(string to)
    {
        var outside = Directory.CreateTempSubdirectory("sitegen-outside-").FullName;
        try
        {
            File.WriteAllText(Path.Combine(outside, "elsewhere.md"), "---\nname: \"Elsewhere\"\n---\n");
            Write("DW", DateTime.UtcNow.AddMinutes(-1));
            var link = Path.Combine(_folder, "outlets", "linked");
            Directory.CreateSymbolicLink(link, to switch
            {
                "a folder of outlets outside the report" => outside,
                "the folder above the content (a loop)" => "../..",
                _ => "/",
            });

            var read = Reader().Read();

            read.Content.ShouldBeNull();
            read.Problems.Select(p => (p.Path, p.Id)).ShouldBe([(link, "SG0102")]);
            read.Problems[0].Message.ShouldContain("a link to a folder");
        }
        finally
        {
            Directory.Delete(outside, recursive: true);
        }
    }

    [Fact]
    public async Task A_fifo_named_as_content_is_refused_at_once_instead_of_waiting_for_a_writer()
    {
        Write("DW", DateTime.UtcNow.AddMinutes(-1));
        var fifo = Path.Combine(_folder, "outlets", "pipe.md");
        MakeFifo(fifo);

        // A read that waits on the FIFO would never end: a time limit ends the test instead.
        var read = await Task.Run(() => Reader().Read()).WaitAsync(TimeSpan.FromSeconds(30));

        read.Problems.Select(p => (p.Path, p.Id, p.Message)).ShouldBe([(fifo, "SG0102", RefusedEntries.NotAFile)]);
        RefusedEntries.Problems(_folder, "the content folder").Select(p => p.Path).ShouldBe([fifo]);
    }

    internal static void MakeFifo(string path)
    {
        using var mkfifo = System.Diagnostics.Process.Start("mkfifo", [path]);
        mkfifo.WaitForExit();
        mkfifo.ExitCode.ShouldBe(0);
    }

    [Fact]
    public void The_checks_across_files_run_again_when_a_reference_changes_and_not_for_an_edited_text()
    {
        Write("DW", DateTime.UtcNow.AddHours(-1));
        var reader = new ContentFolderReader(_folder, [new ContentCollectionAttribute(typeof(Article), "articles"), new ContentCollectionAttribute(typeof(Outlet), "outlets")]);
        WriteArticle("dw", "The exchange went on.");
        reader.Read().Problems.ShouldBeEmpty();

        WriteArticle("dw", "The exchange went on for a second day.");
        reader.Read().Problems.ShouldBeEmpty();

        WriteArticle("dv", "The exchange went on for a second day.");
        var read = reader.Read();
        read.Content.ShouldBeNull();
        read.Problems.ShouldHaveSingleItem().Message.ShouldContain("'dv'");

        WriteArticle("dw", "The exchange went on for a second day.");
        reader.Read().Problems.ShouldBeEmpty();
    }

    [Fact]
    public void A_file_still_being_written_is_left_as_it_was_until_it_has_been_still()
    {
        Write("DW", DateTime.UtcNow.AddHours(-1));
        var reader = new ContentFolderReader(_folder, [new ContentCollectionAttribute(typeof(Outlet), "outlets")]) { StillFor = TimeSpan.FromMinutes(1) };
        var first = reader.Read();
        first.Unsettled.ShouldBeFalse();
        first.Content!.Outlets.ShouldHaveSingleItem().Name.ShouldBe("DW");

        // Half of a save: the front matter written, the body still to come.
        Directory.CreateDirectory(Path.GetDirectoryName(Outlet)!);
        File.WriteAllText(Outlet, "---\nname: \"DV\"\n---\n\nA broad");
        var during = reader.Read();
        during.Unsettled.ShouldBeTrue();
        during.Content!.Outlets.ShouldHaveSingleItem().Name.ShouldBe("DW");

        File.SetLastWriteTimeUtc(Outlet, DateTime.UtcNow.AddMinutes(-2));
        var after = reader.Read();
        after.Unsettled.ShouldBeFalse();
        after.Content!.Outlets.ShouldHaveSingleItem().Name.ShouldBe("DV");
    }

    [Fact]
    public void A_new_file_still_being_written_is_left_out_until_it_has_been_still()
    {
        var reader = new ContentFolderReader(_folder, [new ContentCollectionAttribute(typeof(Outlet), "outlets")]) { StillFor = TimeSpan.FromMinutes(1) };
        Write("DW", DateTime.UtcNow);
        var during = reader.Read();
        during.Unsettled.ShouldBeTrue();
        during.Content!.Outlets.ShouldBeEmpty();
    }

    [Fact]
    public void A_file_in_the_old_folder_of_tracked_quantities_stops_the_read_and_says_where_it_goes()
    {
        var old = Path.Combine(_folder, "figures", "injured.md");
        Directory.CreateDirectory(Path.GetDirectoryName(old)!);
        File.WriteAllText(old, "---\nname: \"People injured\"\nunit: \"people\"\nterms: [\"injured\"]\n---\n\nHow many.\n");

        var read = new ContentFolderReader(_folder, ReportCollections.All).Read();

        read.Content.ShouldBeNull();
        read.Problems.ShouldHaveSingleItem().ToString().ShouldBe(
            $"{old}(1,1): error SG0014: content/figures/ is the old name of content/quantities/ (tracked quantities; a figure is a number found in the text); move this file to content/quantities/");
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private void Write(string name, DateTime modified)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(Outlet)!);
        File.WriteAllText(Outlet, $"---\nname: \"{name}\"\n---\n\nA broadcaster.\n");
        File.SetLastWriteTimeUtc(Outlet, modified);
    }

    private void WriteArticle(string outlet, string text)
    {
        var path = Path.Combine(_folder, "articles", "swap.md");
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, $"---\ntitle: \"Swap\"\nslug: swap\ndate: 2025-05-24\noutlet: {outlet}\nsummary: \"s\"\nsource: \"test\"\n---\n\n{text}\n");
    }

    private ContentFolderReader Reader() => new(_folder, [new ContentCollectionAttribute(typeof(Outlet), "outlets")]);
}
