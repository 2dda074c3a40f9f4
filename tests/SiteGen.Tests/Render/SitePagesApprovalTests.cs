using System.Runtime.CompilerServices;

namespace SiteGen.Tests;

/// <summary>Every page of the sample report, approved as a snapshot: reading Snapshots/ shows what the site looks like.</summary>
public sealed class SitePagesApprovalTests
{
    [Theory]
    [MemberData(nameof(SampleSite.PagePaths), MemberType = typeof(SampleSite))]
    public void Page_matches_the_approved_snapshot(string path)
    {
        SampleSite.Page(path).ShouldMatchApproved(c => c
            .SubFolder("Snapshots")
            .WithDiscriminator(Discriminator(path))
            .WithFileExtension(".html")
            .NoDiff());
    }

    [Fact]
    public void Every_approved_page_is_still_built()
    {
        var built = SampleSite.Rendered.Files.Select(f => f.Path).Where(p => p.EndsWith(".html", StringComparison.Ordinal)).Select(Discriminator).ToHashSet();
        var approved = Directory.EnumerateFiles(SnapshotsFolder(), "*.approved.html")
            .Select(f => Path.GetFileName(f)["SitePagesApprovalTests.Page_matches_the_approved_snapshot.".Length..^".approved.html".Length]);
        approved.Where(name => !built.Contains(name)).ShouldBeEmpty("approved snapshots of pages the site no longer has: delete them");
    }

    private static string Discriminator(string path) =>
        path == "index.html" ? "home" : path[..^"/index.html".Length].Replace('/', '.');

    private static string SnapshotsFolder([CallerFilePath] string source = "") =>
        Path.Combine(Path.GetDirectoryName(source)!, "Snapshots");
}
