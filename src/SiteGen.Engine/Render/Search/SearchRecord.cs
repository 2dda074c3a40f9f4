using SiteGen.Content;
using SiteGen.Extract;

namespace SiteGen.Render.Search;

/// <summary>
/// One thing the search finds: an entity (a person, figure, date, article, tracked quantity or outlet, found by its
/// title and its other words) or a sentence (found by its words, shown with its article).
/// </summary>
/// <param name="Kind">For an entity: <c>person</c>, <c>figure</c>, <c>date</c>, <c>article</c>, <c>quantity</c> or <c>outlet</c>; null for a sentence.</param>
/// <param name="Terms">An entity's other words (aliases, authors, keys), searched but not shown.</param>
/// <param name="Url">An entity's address from the site root.</param>
/// <param name="Sentence">A sentence's place and text.</param>
internal readonly record struct SearchRecord(string? Kind, string Title, string Terms, string Url, string Detail, SentenceRef? Sentence = null)
{
    public static SearchRecord Entity(string kind, string title, string terms, string url, string detail) => new(kind, title, terms, url, detail);

    public static SearchRecord Of(SentenceRef sentence) => new(null, sentence.Text, string.Empty, string.Empty, string.Empty, sentence);

    public Article? Article => Sentence?.Article;
}
