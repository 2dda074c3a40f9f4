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
    public void The_search_index_holds_every_entity_and_sentence_and_files_each_word_where_the_script_looks()
    {
        var index = SearchParts(SampleSite.Rendered);
        var manifest = index["manifest"];
        var records = Records(index);

        records.Count.ShouldBe(manifest.GetProperty("records").GetInt32());
        var entities = records.Take(manifest.GetProperty("entities").GetInt32()).ToList();
        var zelensky = entities.FindIndex(e => e.Kind == "person" && e.Title == "Volodymyr Zelensky");
        records[zelensky].Url.ShouldBe("people/volodymyr-zelensky/index.html");
        entities.Single(e => e.Kind == "figure" && e.Url == "figures/1000/index.html").Title.ShouldBe("1,000");
        entities.Count(e => e.Kind == "article").ShouldBe(8);
        entities.Select(e => e.Kind).Distinct().ShouldBe(["person", "figure", "date", "article", "quantity", "outlet"], "the kinds in the order results are listed");
        var anchored = SampleSite.Rendered.Files.Where(f => f.Path.StartsWith("articles/", StringComparison.Ordinal))
            .Sum(f => Encoding.UTF8.GetString(f.Content).Split("class=\"sentence\"").Length - 1);
        records.Count(r => r.Kind == "sentence").ShouldBe(anchored);

        Postings(index, "zelenskiy").ShouldContain(zelensky, "an alias finds its person");
        var figure = records.FindIndex(r => r.Url == "figures/1000/index.html");
        Postings(index, "1000").ShouldContain(figure, "\"1,000\" is filed as 1000");
        Postings(index, "1000").Where(id => records[id].Kind == "sentence").ShouldNotBeEmpty();
    }

    [Theory]
    [InlineData("Zelensky's 1,000 POWs", "zelensky s 1000 pows")]
    [InlineData("José Ramírez", "josé jose ramírez ramirez")]
    [InlineData("1,000th and 12,3456 and 2\u202f500", "1 000th and 12 3456 and 2500")]
    public void Words_are_filed_as_the_script_reads_a_query(string text, string expected)
    {
        var words = SiteGen.Render.Search.SearchWords.Of(text);

        words.ShouldBe(expected.Split(' ').Distinct(), ignoreOrder: true);
    }

    [Fact]
    public void Every_address_in_the_search_index_is_a_page_of_the_site()
    {
        var pages = SampleSite.Rendered.Files.Select(f => f.Path).ToHashSet();

        Records(SearchParts(SampleSite.Rendered)).Select(r => r.Url.Split('#')[0]).Where(a => !pages.Contains(a)).ShouldBeEmpty();
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
        var site = new SiteBuilder(FixtureReport.Report.Options(cleanUrls: true, new Uri("https://example.org/report/")), FixtureReport.Report.TemplatesRoot).BuildInMemory(FixtureReport.Content);
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
        var (content, site) = SyntheticSite.Build(articles: 130, people: 10);

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

    /// <summary>Every part of the search index by the name it hands to <c>SiteGenSearch.add</c>.</summary>
    private static Dictionary<string, JsonElement> SearchParts(BuiltSite site)
    {
        var parts = new Dictionary<string, JsonElement>(StringComparer.Ordinal);
        foreach (var file in site.Files.Where(f => f.Path.StartsWith(SiteGen.Render.Search.SearchIndex.Folder, StringComparison.Ordinal)))
        {
            var script = Encoding.UTF8.GetString(file.Content);
            script.ShouldStartWith("SiteGenSearch.add(");
            using var call = JsonDocument.Parse("[" + script["SiteGenSearch.add(".Length..].TrimEnd().TrimEnd(';')[..^1] + "]");
            parts.Add(call.RootElement[0].GetString()!, call.RootElement[1].Clone());
        }

        return parts;
    }

    /// <summary>The records in number order, a sentence with its article's address and the anchor as its address.</summary>
    private static List<(string Kind, string Title, string Url)> Records(Dictionary<string, JsonElement> parts)
    {
        var records = new List<(string Kind, string Title, string Url)>();
        for (var chunk = 0; parts.TryGetValue("r/" + chunk, out var part); chunk++)
        {
            var articles = part.GetProperty("a").EnumerateArray().Select(a => a[1].GetString()!).ToList();
            foreach (var r in part.GetProperty("r").EnumerateArray())
            {
                records.Add(r[0].ValueKind == JsonValueKind.Number
                    ? ("sentence", r[2].GetString()!, articles[r[0].GetInt32()] + "#" + r[1].GetString())
                    : (r[0].GetString()!, r[1].GetString()!, r[2].GetString()!));
            }
        }

        return records;
    }

    private static List<int> Postings(Dictionary<string, JsonElement> parts, string word)
    {
        var buckets = parts["manifest"].GetProperty("buckets").GetInt32();
        var postings = parts["w/" + SiteGen.Render.Search.SearchWords.Bucket(word, buckets)].GetProperty(word).GetString()!;
        var id = 0;
        return postings.Split(',').Select(d => id += Convert.ToInt32(Base36(d))).ToList();
    }

    private static long Base36(string digits) => digits.Aggregate(0L, (value, c) => (value * 36) + (char.IsAsciiDigit(c) ? c - '0' : c - 'a' + 10));

    private static string Text(BuiltSite site, string path) => Encoding.UTF8.GetString(site.Files.Single(f => f.Path == path).Content);
}
