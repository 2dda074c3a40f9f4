using System.Text;
using System.Text.Json;
using System.Xml.Linq;
using SiteGen.Build;
using SiteGen.Cli;

namespace SiteGen.Tests;

/// <summary>The machine-read files of the report: the search index, the Atom feed and the sitemap.</summary>
public sealed class FeedsAndSearchIndexTests
{
    private static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";
    private static readonly XNamespace Sitemaps = "http://www.sitemaps.org/schemas/sitemap/0.9";

    [Fact]
    public void The_search_index_is_a_script_holding_every_alias_figure_and_sentence()
    {
        using var index = SearchIndex(SampleSite.Rendered);
        var entries = index.RootElement.GetProperty("entries").EnumerateArray().Select(e => e.EnumerateArray().Select(v => v.GetString()!).ToArray()).ToList();

        var zelensky = entries.Single(e => e[0] == "person" && e[1] == "Volodymyr Zelensky");
        zelensky[2].ShouldContain("Zelenskiy");
        zelensky[3].ShouldBe("people/volodymyr-zelensky/index.html");
        entries.Single(e => e[0] == "figure" && e[3] == "figures/1000/index.html")[1].ShouldBe("1,000");
        entries.ShouldContain(e => e[0] == "date" && e[2].StartsWith("2025-05-23", StringComparison.Ordinal));
        entries.Count(e => e[0] == "article").ShouldBe(8);

        var sentences = index.RootElement.GetProperty("sentences").GetArrayLength();
        var anchored = SampleSite.Rendered.Files.Where(f => f.Path.StartsWith("articles/", StringComparison.Ordinal))
            .Sum(f => Encoding.UTF8.GetString(f.Content).Split("class=\"sentence\"").Length - 1);
        sentences.ShouldBe(anchored);
    }

    [Fact]
    public void Every_address_in_the_search_index_is_a_page_of_the_site()
    {
        using var index = SearchIndex(SampleSite.Rendered);
        var pages = SampleSite.Rendered.Files.Select(f => f.Path).ToHashSet();
        var addresses = index.RootElement.GetProperty("entries").EnumerateArray().Select(e => e[3].GetString()!)
            .Concat(index.RootElement.GetProperty("articles").EnumerateArray().Select(a => a[1].GetString()!));

        addresses.Select(a => a.Split('#')[0]).Where(a => !pages.Contains(a)).ShouldBeEmpty();
    }

    [Fact]
    public void The_feed_lists_every_article_newest_first_with_stable_unique_ids()
    {
        var feed = XDocument.Parse(Text(SampleSite.Rendered, "feed.xml")).Root!;
        var entries = feed.Elements(Atom + "entry").ToList();

        feed.Name.ShouldBe(Atom + "feed");
        entries.Count.ShouldBe(8);
        entries.Select(e => e.Element(Atom + "id")!.Value).Distinct().Count().ShouldBe(8);
        entries.ShouldAllBe(e => e.Element(Atom + "id")!.Value.StartsWith("urn:uuid:") && e.Elements(Atom + "author").Any());
        var updated = entries.Select(e => e.Element(Atom + "updated")!.Value).ToList();
        updated.ShouldBe(updated.OrderDescending(StringComparer.Ordinal).ToList());
        entries.First().Element(Atom + "link")!.Attribute("href")!.Value.ShouldStartWith("articles/", customMessage: "without a base URL links are relative to the feed");
    }

    [Fact]
    public void With_a_base_url_the_feed_links_absolutely_and_a_sitemap_lists_every_page()
    {
        var site = new SiteBuilder(FixtureReport.Report.Options(cleanUrls: true, new Uri("https://example.org/report/")), FixtureReport.Report.TemplatesRoot).Render(FixtureReport.Content);
        var sitemap = XDocument.Parse(Text(site, "sitemap.xml")).Root!;
        var locations = sitemap.Elements(Sitemaps + "url").Select(u => u.Element(Sitemaps + "loc")!.Value).ToList();

        locations.Count.ShouldBe(site.Pages);
        locations.ShouldContain("https://example.org/report/");
        locations.ShouldContain("https://example.org/report/people/volodymyr-zelensky/");
        XDocument.Parse(Text(site, "feed.xml")).Root!.Elements(Atom + "link").Single(l => l.Attribute("rel")!.Value == "self")
            .Attribute("href")!.Value.ShouldBe("https://example.org/report/feed.xml");
        XDocument.Parse(Text(SampleSite.Rendered, "feed.xml")).Root!.Elements(Atom + "entry").Select(e => e.Element(Atom + "id")!.Value)
            .ShouldBe(XDocument.Parse(Text(site, "feed.xml")).Root!.Elements(Atom + "entry").Select(e => e.Element(Atom + "id")!.Value),
                "ids do not depend on where the site is published");
    }

    [Fact]
    public void The_feed_carries_only_the_newest_articles_of_a_large_archive()
    {
        var (content, site) = SyntheticSite.Render(articles: 130, people: 10);

        var entries = XDocument.Parse(Text(site, "feed.xml")).Root!.Elements(Atom + "entry").ToList();
        entries.Count.ShouldBe(SiteGen.Render.AtomFeed.Entries);
        var newest = content.Articles.Max(a => a.Date).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        entries[0].Element(Atom + "updated")!.Value.ShouldStartWith(newest);
    }

    [Fact]
    public void Without_a_base_url_there_is_no_sitemap()
    {
        SampleSite.Rendered.Files.ShouldNotContain(f => f.Path == "sitemap.xml");
    }

    [Theory]
    [InlineData("example.org/report")]
    [InlineData("ftp://example.org/")]
    [InlineData("https://example.org/report/?x=1")]
    public void A_base_url_that_is_not_an_absolute_http_address_is_a_usage_error(string url)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        CommandLine.Run(["build", "--out", Path.Combine(Path.GetTempPath(), "never-written"), "--base-url", url], stdout, stderr).ShouldBe(ExitCodes.UsageError);
        stderr.ToString().ShouldContain("--base-url takes the absolute http(s) address");
    }

    private static JsonDocument SearchIndex(RenderedSite site)
    {
        var script = Text(site, "data/search-index.js");
        const string prefix = "window.SiteGenSearch = ";
        script.ShouldStartWith(prefix);
        return JsonDocument.Parse(script[prefix.Length..].TrimEnd().TrimEnd(';'));
    }

    private static string Text(RenderedSite site, string path) => Encoding.UTF8.GetString(site.Files.Single(f => f.Path == path).Content);
}
