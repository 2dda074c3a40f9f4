using System.Globalization;
using SiteGen.Build;
using SiteGen.Cli;
using SiteGen.Content;
using SiteGen.Corpus;
using Xunit.Abstractions;

namespace SiteGen.Tests.Browser;

/// <summary>
/// What only an archive's size brings out, in headless Chromium on a 10,000-article synthetic archive
/// (tests/browser/archive.mjs): paging through a person's mentions, and a search that downloads little.
/// </summary>
public sealed class ArchiveBrowserTests(ITestOutputHelper output)
{
    private const int Articles = 10_000;

    /// <summary>What a query may download of the search index at this size (the target at 50,000 articles is 300 KB).</summary>
    private const int MaxSearchKilobytes = 300;

    private static readonly Lazy<IReadOnlyList<BrowserChecks.Check>> Results = new(Run);

    [BrowserFact]
    public void A_reader_pages_through_a_paginated_person_page() => Passes("a reader pages through the most mentioned person's mentions");

    [BrowserFact]
    public void A_search_in_a_10000_article_archive_downloads_at_most_300_KB() => Passes("a search in the archive downloads little");

    private void Passes(string name)
    {
        var check = Results.Value.SingleOrDefault(c => c.Name == name) ?? throw new InvalidOperationException($"archive.mjs ran no check named '{name}'");
        output.WriteLine(check.Detail);
        check.Passed.ShouldBeTrue(check.Detail);
    }

    private static IReadOnlyList<BrowserChecks.Check> Run()
    {
        if (BrowserTools.MissingForBrowser() is { } missing)
        {
            throw new InvalidOperationException(missing);
        }

        var root = Directory.CreateTempSubdirectory("sitegen-archive-").FullName;
        try
        {
            var archive = Path.Combine(root, "content");
            new SyntheticCorpus(Articles).Write(archive);
            var content = new ContentFolderReader(archive, ReportCollections.All).Read().Content.ShouldNotBeNull();
            var site = Path.Combine(root, "site");
            new SiteBuilder(FixtureReport.Report.Options(cleanUrls: false), FixtureReport.Report.TemplatesRoot).Build(content, site);
            return BrowserChecks.RunScript("archive.mjs", site, MaxSearchKilobytes.ToString(CultureInfo.InvariantCulture));
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }
}
