using SiteGen.Content;
using SiteGen.CrossReference;
using SiteGen.Extract;
using SiteGen.Model;

namespace SiteGen.Render.Search;

/// <summary>
/// Everything the search finds, numbered: the entities first, in the order results are listed (people, the most
/// mentioned first; figures; dates; articles, the latest first; tracked quantities; outlets), then every sentence,
/// the latest articles' first. A word's postings are record numbers, so the lowest numbers are the best results.
/// </summary>
internal static class SearchRecords
{
    /// <summary>How many records <see cref="Of"/> gives, without making them: the number of search files depends on it.</summary>
    public static int Count(ContentSet content, CrossReferenceIndex index) =>
        EntityCount(content, index) + content.Articles.Sum(a => index.FactsOf(a).Sentences.Count);

    public static int EntityCount(ContentSet content, CrossReferenceIndex index) =>
        content.People.Count + index.FigurePagesInOrder.Count + index.DatesInOrder.Count + content.Articles.Count + content.Quantities.Count + content.Outlets.Count;

    public static List<SearchRecord> Of(ContentSet content, CrossReferenceIndex index, SitePaths paths)
    {
        var records = new List<SearchRecord>(Count(content, index));
        foreach (var person in content.People.OrderByDescending(index.SentencesMentioning).ThenBy(p => p.Name, StringComparer.Ordinal))
        {
            records.Add(SearchRecord.Entity("person", person.Name, string.Join(' ', person.Aliases), paths.Person(person), person.Role));
        }

        foreach (var figure in index.FigurePagesInOrder)
        {
            var first = index.FirstOfFigure(figure);
            var counted = index.CountsOfFigure(figure);
            records.Add(SearchRecord.Entity("figure", FigureText.Display(first.Value, first.High), figure + " " + string.Join(' ', counted), paths.Figure(figure),
                counted.Count > 0 ? "Figure: " + string.Join(", ", counted) : "Figure"));
        }

        foreach (var date in index.DatesInOrder)
        {
            records.Add(SearchRecord.Entity("date", date.Display, date.Key + " " + date.ShortDisplay, paths.Date(date), "Date"));
        }

        var newestFirst = content.ArticlesNewestFirst.ToList();
        foreach (var article in newestFirst)
        {
            var outlet = content.OutletOf(article)?.Name;
            records.Add(SearchRecord.Entity("article", article.Title, string.Join(' ', article.Authors), paths.Article(article),
                Wording.Day(article.Date) + (outlet is null ? string.Empty : " · " + outlet)));
        }

        foreach (var quantity in content.Quantities.OrderBy(q => q.Name, StringComparer.Ordinal))
        {
            records.Add(SearchRecord.Entity("quantity", quantity.Name, string.Join(' ', quantity.Terms), paths.DivergingReports + "#" + quantity.Key, "Diverging reports"));
        }

        foreach (var outlet in content.Outlets.OrderBy(o => o.Name, StringComparer.Ordinal))
        {
            records.Add(SearchRecord.Entity("outlet", outlet.Name, string.Empty, paths.Outlet(outlet), "Outlet"));
        }

        foreach (var article in newestFirst)
        {
            foreach (var sentence in index.FactsOf(article).Sentences)
            {
                records.Add(SearchRecord.Of(sentence));
            }
        }

        return records;
    }
}
