using System.Buffers;
using System.Text.Json;
using SiteGen.Content;
using SiteGen.CrossReference;
using SiteGen.Render;

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
    public void Articles_have_slug_title_date_outlet_url_and_sentences()
    {
        foreach (var article in Root.GetProperty("articles").EnumerateArray())
        {
            Keys(article).ShouldBe(["slug", "title", "date", "outlet", "url", "sentences"]);
            article.GetProperty("sentences").ValueKind.ShouldBe(JsonValueKind.Object);
            article.GetProperty("date").GetString()!.ShouldMatch(@"^\d{4}-\d{2}-\d{2}$");
            article.GetProperty("outlet").ValueKind.ShouldBeOneOf(JsonValueKind.String, JsonValueKind.Null);
            article.GetProperty("url").ValueKind.ShouldBeOneOf(JsonValueKind.String, JsonValueKind.Null);
        }
    }

    [Fact]
    public void People_dates_and_figures_carry_mentions_of_the_documented_shape()
    {
        foreach (var person in Root.GetProperty("people").EnumerateArray())
        {
            Keys(person).ShouldBe(["slug", "name", "aliases", "mentions"]);
            CheckMentions(person);
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
            CheckMentions(date);
        }

        foreach (var figure in Root.GetProperty("figures").EnumerateArray())
        {
            figure.GetProperty("value").ValueKind.ShouldBe(JsonValueKind.Number);
            Keys(figure).Except(["high"]).ShouldBe(["value", "unit", "mentions"]);
            CheckMentions(figure, rangeKey: figure.TryGetProperty("high", out _));
        }
    }

    [Fact]
    public void Quantities_list_reports_and_give_their_verdict()
    {
        var quantities = Root.GetProperty("quantities").EnumerateArray().ToList();
        foreach (var quantity in quantities)
        {
            Keys(quantity).ShouldBe(["slug", "name", "unit", "reports", "cumulative", "verdict"]);
            foreach (var report in quantity.GetProperty("reports").EnumerateArray())
            {
                Keys(report).ShouldBe(["outlet", "article", "value", "high", "qualifier", "attributedTo", "date", "anchor", "outlier"]);
                SentenceOf(report).ShouldNotBeNullOrWhiteSpace();
                report.GetProperty("value").ValueKind.ShouldBe(JsonValueKind.Number);
            }
        }

        quantities.ToDictionary(q => q.GetProperty("slug").GetString()!, q => q.GetProperty("verdict").GetString()!).ShouldBe(new Dictionary<string, string>
        {
            ["ukrainian-pows-executed"] = "series",
            ["ukrainians-held-captive-by-russia"] = "differ",
            ["people-injured-in-kyiv-attack"] = "consistent",
            ["prisoners-returned-on-first-day"] = "agree",
            ["prisoners-returned-on-second-day"] = "agree",
        }, ignoreOrder: true);
    }

    [Fact]
    public void Every_sentence_written_is_one_a_mention_refers_to()
    {
        var referred = Root.GetProperty("people").EnumerateArray()
            .Concat(Root.GetProperty("dates").EnumerateArray())
            .Concat(Root.GetProperty("figures").EnumerateArray())
            .SelectMany(entry => entry.GetProperty("mentions").EnumerateArray())
            .Select(m => (m.GetProperty("article").GetString()!, m.GetProperty("anchor").GetString()!))
            .ToHashSet();
        var written = Root.GetProperty("articles").EnumerateArray()
            .SelectMany(a => a.GetProperty("sentences").EnumerateObject().Select(s => (a.GetProperty("slug").GetString()!, s.Name)))
            .ToList();

        written.ShouldBeUnique();
        written.ToHashSet().SetEquals(referred).ShouldBeTrue();
    }

    [Fact]
    public void A_paragraph_four_times_as_long_writes_about_four_times_as_much()
    {
        var small = ExportOf(string.Concat(Enumerable.Repeat("1 ", 5_000)));
        var large = ExportOf(string.Concat(Enumerable.Repeat("1 ", 20_000)));

        ((double)large.Length / small.Length).ShouldBeLessThan(5, $"{small.Length:N0} bytes, then {large.Length:N0}");
    }

    /// <summary>The export of one article with the given body, written in memory.</summary>
    internal static byte[] ExportOf(string body)
    {
        var article = TestContent.Article;
        var articles = new Dictionary<Article, ArticleIndex> { [article] = new(TestContent.ConverterWithoutPeople.ConvertArticle(body, article).Facts) };
        var content = new ContentSet(string.Empty, [article], [], [], []);
        var output = new ArrayBufferWriter<byte>();
        CrossReferenceExport.Write(output, content, new CrossReferenceIndex(articles, []));
        return output.WrittenSpan.ToArray();
    }

    private static readonly Dictionary<string, JsonElement> SentencesByArticle =
        Root.GetProperty("articles").EnumerateArray().ToDictionary(a => a.GetProperty("slug").GetString()!, a => a.GetProperty("sentences"));

    /// <summary>The sentence a mention or a report refers to, through its article's sentences.</summary>
    private static string SentenceOf(JsonElement reference)
    {
        SentencesByArticle.ShouldContainKey(reference.GetProperty("article").GetString()!);
        var sentences = SentencesByArticle[reference.GetProperty("article").GetString()!];
        var anchor = reference.GetProperty("anchor").GetString()!;
        anchor.ShouldMatch(@"^s-\d+$");
        sentences.TryGetProperty(anchor, out var sentence).ShouldBeTrue($"{anchor} is not among the sentences of its article");
        return sentence.GetString()!;
    }

    private static void CheckMentions(JsonElement entry, bool rangeKey = false)
    {
        foreach (var mention in entry.GetProperty("mentions").EnumerateArray())
        {
            Keys(mention).ShouldBe(rangeKey ? ["article", "anchor", "text", "high"] : ["article", "anchor", "text"]);
            SentenceOf(mention).ShouldContain(mention.GetProperty("text").GetString()!);
        }
    }

    private static List<string> Keys(JsonElement element) => element.EnumerateObject().Select(p => p.Name).ToList();
}
