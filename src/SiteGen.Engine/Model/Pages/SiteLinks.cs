using SiteGen.Content;
using SiteGen.CrossReference;
using SiteGen.Extract;
using SiteGen.Model.Views;

namespace SiteGen.Model.Pages;

/// <summary>The link views to articles, people, outlets, dates and figures that every page lists, each made once per page depth.</summary>
internal sealed class SiteLinks
{
    private readonly ContentSet _content;
    private readonly CrossReferenceIndex _index;
    private readonly SitePaths _paths;
    private readonly IReadOnlyDictionary<string, int> _articlesPerOutlet;
    private readonly LinkCache<Article, string, ArticleLink> _articles;
    private readonly LinkCache<Person, string, PersonLink> _people;
    private readonly LinkCache<DateValue, DateValue, DateLink> _dates;
    private readonly LinkCache<string, string, FigureLink> _figures;

    public SiteLinks(ContentSet content, CrossReferenceIndex index, SitePaths paths, IReadOnlyDictionary<string, int> articlesPerOutlet)
    {
        _content = content;
        _index = index;
        _paths = paths;
        _articlesPerOutlet = articlesPerOutlet;
        _articles = new(article => article.Slug, MakeArticleLink);
        _people = new(person => person.Key, MakePersonLink);
        _dates = new(date => date, MakeDateLink);
        _figures = new(key => key, MakeFigureLink);
    }

    public ArticleLink Article(Article article, string root) => _articles.Get(article, root);

    public PersonLink Person(Person person, string root) => _people.Get(person, root);

    public DateLink Date(DateValue date, string root) => _dates.Get(date, root);

    public FigureLink Figure(string key, string root) => _figures.Get(key, root);

    public OutletLink Outlet(Outlet outlet, string root) =>
        new(root + _paths.Outlet(outlet), outlet.Name, Wording.Counted(_articlesPerOutlet.GetValueOrDefault(outlet.Key), "article"));

    /// <summary>Articles grouped by the day they were published, in the order given.</summary>
    public List<DateGroup> ByDay(IEnumerable<Article> articles, string root) => articles
        .GroupBy(a => a.Date)
        .Select(g => new DateGroup(Wording.Day(g.Key), Wording.IsoDay(g.Key), g.Select(a => Article(a, root)).ToList()))
        .ToList();

    private ArticleLink MakeArticleLink(Article article, string root) => new(
        root + _paths.Article(article),
        article.Title,
        Wording.Day(article.Date),
        Wording.IsoDay(article.Date),
        _content.OutletName(article),
        article.Summary);

    private PersonLink MakePersonLink(Person person, string root) =>
        new(person.Key, root + _paths.Person(person), person.Name, person.Role, Wording.Counted(_index.SentencesMentioning(person), "mention"));

    private DateLink MakeDateLink(DateValue date, string root) =>
        new(root + _paths.Date(date), date.Key, date.Display, Wording.Counted(_index.SentencesMentioning(date), "mention"));

    private FigureLink MakeFigureLink(string key, string root)
    {
        var first = _index.FirstOfFigure(key);
        return new(root + _paths.Figure(key), FigureText.Display(first.Value, first.High), _index.CountedByFigure(key), Wording.Counted(_index.SentencesMentioningFigure(key), "mention"));
    }
}
