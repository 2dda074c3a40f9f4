using System.Buffers;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Unicode;
using SiteGen.Content;
using SiteGen.CrossReference;
using SiteGen.Extract;
using SiteGen.Model;

namespace SiteGen.Render;

/// <summary>
/// Writes <c>data/crossref.json</c>: every article, person, date, figure and tracked quantity with its mentions,
/// for readers and other tools. The shape is documented in docs/reading-the-report.md.
/// </summary>
/// <remarks>
/// Each sentence is written once, with its article, and mentions refer to it by anchor: a sentence written with each
/// of its mentions makes the file grow with the square of a paragraph that mentions something in every word.
/// </remarks>
internal static class CrossReferenceExport
{
    public const string Path = "data/crossref.json";

    private static readonly JsonSerializerOptions Options = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        // Not indented: in a large archive indentation alone is a large part of the file (docs/performance.md).
        WriteIndented = false,
        Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
    };

    /// <summary>Writes the export into <paramref name="output"/> as it is made.</summary>
    public static void Write(IBufferWriter<byte> output, ContentSet content, CrossReferenceIndex index)
    {
        // Lists are handed over unbuilt: the serializer writes each mention as it is made, instead of the export existing
        // whole in memory next to its JSON, the largest file of an archive.
        var export = new ExportRoot(
            content.ArticlesByDate
                .Select(a => new ExportArticle(a.Slug, a.Title, Wording.IsoDay(a.Date), a.Outlet, a.Url?.OriginalString, MentionedSentences(index.FactsOf(a)))),
            content.People.OrderBy(p => p.Key, StringComparer.Ordinal)
                .Select(p => new ExportPerson(p.Key, p.Name, p.Aliases, index.MentionsOf(p).Select(m => Mention(m.Sentence, m.Text)))),
            index.DatesInOrder
                .Select(date => new ExportDate(date.Key, date.PrecisionName, index.MentionsOf(date).Select(m => Mention(m.Sentence, m.Text)))),
            index.FiguresInOrder
                .Select(key => new ExportFigure(
                    index.FirstOfFigure(key).Value,
                    index.FirstOfFigure(key).High,
                    index.CountedByFigure(key),
                    index.MentionsOfFigure(key).Select(m => Mention(m.Sentence, m.Text, m.Figure.High)))),
            index.Comparisons
                .Select(c => new ExportQuantity(
                    c.Quantity.Key,
                    c.Quantity.Name,
                    c.Quantity.Unit,
                    c.Reports.Select(r => new ExportReport(
                        r.Mention.Sentence.Article.Outlet,
                        r.Mention.Sentence.Article.Slug,
                        r.Mention.Figure.Value,
                        r.Mention.Figure.High,
                        r.Mention.Figure.Qualifier.Length > 0 ? r.Mention.Figure.Qualifier : null,
                        r.AttributedTo.Length > 0 ? r.AttributedTo : null,
                        r.Date.Key,
                        r.Mention.Sentence.Anchor,
                        c.IsOutlier(r))),
                    c.Quantity.Cumulative,
                    ComparisonWording.Key(c.Verdict))));
        // Each mention is serialized as it is made, into blocks handed on as they fill: the file is never whole in memory.
        using (var json = new Utf8JsonWriter(output, new JsonWriterOptions { Encoder = Options.Encoder, Indented = Options.WriteIndented }))
        {
            JsonSerializer.Serialize(json, export, Options);
        }
    }

    private static ExportMention Mention(SentenceRef sentence, string text, decimal? high = null) =>
        new(sentence.Article.Slug, sentence.Anchor, text, high);

    /// <summary>The article's sentences that mention a person, a date or a figure, by anchor, in text order.</summary>
    private static OrderedDictionary<string, string> MentionedSentences(ArticleFacts facts)
    {
        var mentioned = new HashSet<SentenceRef>(ReferenceEqualityComparer.Instance);
        mentioned.UnionWith(facts.People.Select(m => m.Sentence));
        mentioned.UnionWith(facts.Dates.Select(m => m.Sentence));
        mentioned.UnionWith(facts.Figures.Select(m => m.Sentence));
        var sentences = new OrderedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var sentence in facts.Sentences.Where(mentioned.Contains))
        {
            sentences.Add(sentence.Anchor, sentence.Text);
        }

        return sentences;
    }

    private sealed record ExportRoot(
        IEnumerable<ExportArticle> Articles,
        IEnumerable<ExportPerson> People,
        IEnumerable<ExportDate> Dates,
        IEnumerable<ExportFigure> Figures,
        IEnumerable<ExportQuantity> Quantities);

    private sealed record ExportArticle(string Slug, string Title, string Date, string? Outlet, string? Url, IReadOnlyDictionary<string, string> Sentences);

    private sealed record ExportPerson(string Slug, string Name, IReadOnlyList<string> Aliases, IEnumerable<ExportMention> Mentions);

    private sealed record ExportDate(string Date, string Precision, IEnumerable<ExportMention> Mentions);

    private sealed record ExportFigure(
        decimal Value,
        [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] decimal? High,
        string? Unit,
        IEnumerable<ExportMention> Mentions);

    private sealed record ExportMention(
        string Article,
        string Anchor,
        string Text,
        [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] decimal? High);

    private sealed record ExportQuantity(string Slug, string Name, string Unit, IEnumerable<ExportReport> Reports, bool Cumulative, string Verdict);

    private sealed record ExportReport(
        string? Outlet,
        string Article,
        decimal Value,
        decimal? High,
        string? Qualifier,
        string? AttributedTo,
        string Date,
        string Anchor,
        bool Outlier);
}
