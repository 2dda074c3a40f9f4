using System.Buffers;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;
using SiteGen.Content;
using SiteGen.CrossReference;
using SiteGen.Model;

namespace SiteGen.Render;

/// <summary>
/// Writes <c>data/search-index.js</c>, what <c>assets/search.js</c> searches: every article, person (with every
/// alias), outlet, date, figure, tracked quantity and sentence, with its address from the site root. It is a script
/// rather than JSON so the search also works on a report opened from disk, where browsers refuse to fetch files.
/// </summary>
public static class SearchIndex
{
    public const string Path = "data/search-index.js";

    private static readonly JsonWriterOptions Options = new() { Encoder = JavaScriptEncoder.Create(UnicodeRanges.All) };

    /// <summary>Writes the index into <paramref name="output"/> (at 10,000 articles, 21 MB), entry by entry.</summary>
    public static void Write(IBufferWriter<byte> output, ContentSet content, CrossReferenceIndex index, SitePaths paths)
    {
        output.Write("window.SiteGenSearch = "u8);
        using (var json = new Utf8JsonWriter(output, Options))
        {
            json.WriteStartObject();
            json.WriteStartArray("entries");
            foreach (var article in content.ArticlesNewestFirst)
            {
                var outlet = content.OutletOf(article)?.Name;
                Entry(json, "article", article.Title, string.Join(' ', article.Authors), paths.Article(article),
                    Wording.Day(article.Date) + (outlet is null ? string.Empty : " · " + outlet));
            }

            foreach (var person in content.People.OrderBy(p => p.Name, StringComparer.Ordinal))
            {
                Entry(json, "person", person.Name, string.Join(' ', person.Aliases), paths.Person(person), person.Role);
            }

            foreach (var outlet in content.Outlets.OrderBy(o => o.Name, StringComparer.Ordinal))
            {
                Entry(json, "outlet", outlet.Name, string.Empty, paths.Outlet(outlet), "Outlet");
            }

            foreach (var date in index.DatesInOrder)
            {
                Entry(json, "date", date.Display, date.Key + " " + date.ShortDisplay, paths.Date(date), "Date");
            }

            foreach (var figure in index.FigurePagesInOrder)
            {
                var first = index.FirstOfFigure(figure);
                var counted = index.CountsOfFigure(figure);
                Entry(json, "figure", FigureText.Display(first.Value, first.High), figure + " " + string.Join(' ', counted), paths.Figure(figure),
                    counted.Count > 0 ? "Figure: " + string.Join(", ", counted) : "Figure");
            }

            foreach (var quantity in content.Quantities.OrderBy(q => q.Name, StringComparer.Ordinal))
            {
                Entry(json, "quantity", quantity.Name, string.Join(' ', quantity.Terms), paths.DivergingReports + "#" + quantity.Key, "Diverging reports");
            }

            json.WriteEndArray();

            // Sentences are the bulk of the index: each names its article by position instead of repeating its address.
            var articles = content.ArticlesByDate;
            json.WriteStartArray("articles");
            foreach (var article in articles)
            {
                json.WriteStartArray();
                json.WriteStringValue(article.Title);
                json.WriteStringValue(paths.Article(article));
                json.WriteEndArray();
            }

            json.WriteEndArray();
            json.WriteStartArray("sentences");
            for (var i = 0; i < articles.Count; i++)
            {
                foreach (var sentence in index.BodyOf(articles[i]).Facts.Sentences)
                {
                    json.WriteStartArray();
                    json.WriteNumberValue(i);
                    json.WriteStringValue(sentence.Anchor);
                    json.WriteStringValue(sentence.Text);
                    json.WriteEndArray();
                }
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        output.Write(";\n"u8);
    }

    private static void Entry(Utf8JsonWriter json, string kind, string title, string terms, string url, string detail)
    {
        json.WriteStartArray();
        json.WriteStringValue(kind);
        json.WriteStringValue(title);
        json.WriteStringValue(terms);
        json.WriteStringValue(url);
        json.WriteStringValue(detail);
        json.WriteEndArray();
    }
}
