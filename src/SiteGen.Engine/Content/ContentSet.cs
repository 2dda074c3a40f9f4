namespace SiteGen.Content;

/// <summary>The compiled collections a site is built from, and the folder their bodies are read from.</summary>
public sealed class ContentSet(
    string contentRoot,
    IReadOnlyList<Article> articles,
    IReadOnlyList<Person> people,
    IReadOnlyList<Outlet> outlets,
    IReadOnlyList<Quantity> quantities)
{
    private readonly Dictionary<string, Outlet> _outletsByKey = outlets.ToDictionary(o => o.Key, StringComparer.Ordinal);

    public string ContentRoot { get; } = contentRoot;

    public IReadOnlyList<Article> Articles { get; } = articles;

    public IReadOnlyList<Person> People { get; } = people;

    public IReadOnlyList<Outlet> Outlets { get; } = outlets;

    public IReadOnlyList<Quantity> Quantities { get; } = quantities;

    /// <summary>The articles, oldest first and by slug within a day: the order of every list of articles.</summary>
    public IReadOnlyList<Article> ArticlesByDate { get; } = articles.OrderBy(a => a.Date).ThenBy(a => a.Slug, StringComparer.Ordinal).ToList();

    /// <summary>The articles, newest first and by slug within a day: the order of the feed and of search results.</summary>
    public IEnumerable<Article> ArticlesNewestFirst => Articles.OrderByDescending(a => a.Date).ThenBy(a => a.Slug, StringComparer.Ordinal);

    /// <summary>The outlet an article names, or null when the source does not name one.</summary>
    public Outlet? OutletOf(Article article) => article.Outlet is { } key ? _outletsByKey[key] : null;

    /// <summary>The name the site gives an article's outlet: its name, or <see cref="Outlet.Unnamed"/>.</summary>
    public string OutletName(Article article) => OutletOf(article)?.Name ?? Outlet.Unnamed;

    /// <summary>
    /// What a report is told apart by where reports stand side by side: its outlet's name, or its title when the
    /// source names no outlet (several such articles are otherwise all "not named").
    /// </summary>
    public string SourceName(Article article) => OutletOf(article)?.Name ?? article.Title;
}
