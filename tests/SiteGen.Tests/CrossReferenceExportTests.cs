using System.Text.Json;

namespace SiteGen.Tests;

/// <summary>data/crossref.json has the shape docs/reading-the-report.md documents, and its references resolve.</summary>
public sealed class CrossReferenceExportTests
{
    private static readonly JsonElement Root = JsonDocument.Parse(SampleSite.Rendered.Files.Single(f => f.Path == "data/crossref.json").Content).RootElement;

    [Fact]
    public void Has_exactly_the_documented_top_level_lists()
    {
        Root.EnumerateObject().Select(p => p.Name).ShouldBe(["articles", "people", "dates", "figures", "quantities"]);
        foreach (var list in Root.EnumerateObject())
        {
            list.Value.ValueKind.ShouldBe(JsonValueKind.Array);
            list.Value.GetArrayLength().ShouldBeGreaterThan(0, list.Name);
        }
    }

    [Fact]
    public void Articles_have_slug_title_date_outlet_and_url()
    {
        foreach (var article in Root.GetProperty("articles").EnumerateArray())
        {
            Keys(article).ShouldBe(["slug", "title", "date", "outlet", "url"]);
            article.GetProperty("date").GetString()!.ShouldMatch(@"^\d{4}-\d{2}-\d{2}$");
            article.GetProperty("outlet").ValueKind.ShouldBeOneOf(JsonValueKind.String, JsonValueKind.Null);
            article.GetProperty("url").ValueKind.ShouldBeOneOf(JsonValueKind.String, JsonValueKind.Null);
        }
    }

    [Fact]
    public void People_dates_and_figures_carry_mentions_of_the_documented_shape()
    {
        var articles = Root.GetProperty("articles").EnumerateArray().Select(a => a.GetProperty("slug").GetString()).ToHashSet();
        foreach (var person in Root.GetProperty("people").EnumerateArray())
        {
            Keys(person).ShouldBe(["slug", "name", "aliases", "mentions"]);
            CheckMentions(person, articles);
        }

        foreach (var date in Root.GetProperty("dates").EnumerateArray())
        {
            Keys(date).ShouldBe(["date", "precision", "mentions"]);
            var (pattern, precision) = date.GetProperty("date").GetString()!.Length switch
            {
                4 => (@"^\d{4}$", "year"),
                7 => (@"^\d{4}-\d{2}$", "month"),
                _ => (@"^\d{4}-\d{2}-\d{2}$", "day"),
            };
            date.GetProperty("date").GetString()!.ShouldMatch(pattern);
            date.GetProperty("precision").GetString().ShouldBe(precision);
            CheckMentions(date, articles);
        }

        foreach (var figure in Root.GetProperty("figures").EnumerateArray())
        {
            figure.GetProperty("value").ValueKind.ShouldBe(JsonValueKind.Number);
            Keys(figure).Except(["high"]).ShouldBe(["value", "unit", "mentions"]);
            CheckMentions(figure, articles, rangeKey: figure.TryGetProperty("high", out _));
        }
    }

    [Fact]
    public void Quantities_list_reports_and_say_whether_they_diverge()
    {
        var articles = Root.GetProperty("articles").EnumerateArray().Select(a => a.GetProperty("slug").GetString()).ToHashSet();
        var quantities = Root.GetProperty("quantities").EnumerateArray().ToList();
        foreach (var quantity in quantities)
        {
            Keys(quantity).ShouldBe(["slug", "name", "unit", "reports", "diverges", "conflicts"]);
            foreach (var report in quantity.GetProperty("reports").EnumerateArray())
            {
                Keys(report).ShouldBe(["outlet", "article", "value", "high", "qualifier", "attributedTo", "date", "anchor", "sentence"]);
                articles.ShouldContain(report.GetProperty("article").GetString());
                report.GetProperty("value").ValueKind.ShouldBe(JsonValueKind.Number);
            }
        }

        quantities.Count(q => q.GetProperty("diverges").GetBoolean()).ShouldBeGreaterThanOrEqualTo(2);
    }

    private static void CheckMentions(JsonElement entry, HashSet<string?> articles, bool rangeKey = false)
    {
        foreach (var mention in entry.GetProperty("mentions").EnumerateArray())
        {
            Keys(mention).ShouldBe(rangeKey ? ["article", "anchor", "text", "sentence", "high"] : ["article", "anchor", "text", "sentence"]);
            articles.ShouldContain(mention.GetProperty("article").GetString());
            mention.GetProperty("anchor").GetString()!.ShouldMatch(@"^s-\d+$");
            mention.GetProperty("sentence").GetString()!.ShouldContain(mention.GetProperty("text").GetString()!);
        }
    }

    private static List<string> Keys(JsonElement element) => element.EnumerateObject().Select(p => p.Name).ToList();
}
