using System.Globalization;
using SiteGen.Content;
using SiteGen.CrossReference;
using SiteGen.Markdown;
using SiteGen.Model.Views;

namespace SiteGen.Model;

/// <summary>Turns content and its cross-references into the list of pages, each with the view its template binds to.</summary>
public sealed class SiteModelBuilder(ContentSet content, CrossReferenceIndex index, IReadOnlyDictionary<ContentRecord, string> bodies, SiteOptions options)
{
    private readonly SitePaths _paths = new(options.CleanUrls);
    private readonly Dictionary<string, Outlet> _outlets = content.Outlets.ToDictionary(o => o.Key, StringComparer.Ordinal);
    private readonly Dictionary<string, Person> _people = content.People.ToDictionary(p => p.Key, StringComparer.Ordinal);
    private readonly Dictionary<string, int> _articlesPerOutlet = content.Articles
        .Where(a => a.Outlet != null)
        .GroupBy(a => a.Outlet!, StringComparer.Ordinal)
        .ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
    private readonly Dictionary<string, int> _sentencesPerPerson = content.People.ToDictionary(
        p => p.Key,
        p => index.MentionsOf(p).Select(m => (m.Article.Slug, m.Anchor)).Distinct().Count(),
        StringComparer.Ordinal);

    public IReadOnlyList<Page> Build()
    {
        var pages = new List<Page> { HomePage() };
        pages.AddRange(ArticlesByDate().Select(ArticlePage));
        pages.AddRange(content.People.OrderBy(p => p.Key, StringComparer.Ordinal).Select(PersonPage));
        pages.AddRange(content.Outlets.OrderBy(o => o.Key, StringComparer.Ordinal).Select(OutletPage));
        return pages;
    }

    private Page HomePage()
    {
        const string root = "";
        var dates = ArticlesByDate()
            .GroupBy(a => a.Date)
            .Select(g => new DateGroup(DisplayDate(g.Key), IsoDate(g.Key), g.Select(a => ArticleLink(a, root)).ToList()))
            .ToList();
        var outlets = content.Outlets.OrderBy(o => o.Name, StringComparer.Ordinal).Select(o => OutletLink(o, root)).ToList();
        var people = content.People
            .Select(p => PersonLink(p, root))
            .OrderByDescending(p => _sentencesPerPerson[p.Key])
            .ThenBy(p => p.Name, StringComparer.Ordinal)
            .ToList();
        var view = new HomeView(options.Title, options.Description, content.Articles.Count, content.Outlets.Count, content.People.Count, dates, outlets, people);
        return new Page(string.Empty, "home", options.Title, "home", view);
    }

    private Page ArticlePage(Article article)
    {
        var folder = Folder(_paths.Article(article));
        var root = SitePaths.RootFrom(folder);
        var body = index.BodyOf(article);
        var mentioned = body.Mentions.Select(m => m.Person.Key);
        var people = article.People.Concat(mentioned)
            .Distinct(StringComparer.Ordinal)
            .Select(key => PersonLink(_people[key], root))
            .ToList();
        var view = new ArticleView(
            article.Title,
            DisplayDate(article.Date),
            IsoDate(article.Date),
            OutletOf(article) is { } outlet ? OutletLink(outlet, root) : null,
            article.Url?.OriginalString,
            article.Authors,
            article.Summary,
            article.Source,
            body.Html,
            people);
        return new Page(folder, "article", article.Title, "articles", view);
    }

    private Page PersonPage(Person person)
    {
        var folder = Folder(_paths.Person(person));
        var root = SitePaths.RootFrom(folder);
        var articles = index.MentionsOf(person)
            .GroupBy(m => m.Article)
            .OrderBy(g => g.Key.Date)
            .ThenBy(g => g.Key.Slug, StringComparer.Ordinal)
            .Select(g => new PersonArticleView(
                ArticleLink(g.Key, root),
                g.Select(m => new MentionView(root + _paths.Article(g.Key) + "#" + m.Anchor, m.Sentence, m.Text))
                    .DistinctBy(m => m.Url)
                    .ToList()))
            .ToList();
        var view = new PersonView(
            person.Name,
            person.Role,
            person.Affiliation,
            person.Aliases,
            BodyRenderer.RenderPlain(bodies[person]),
            Counted(articles.Sum(a => a.Mentions.Count), "mention"),
            articles);
        return new Page(folder, "person", person.Name, "people", view);
    }

    private Page OutletPage(Outlet outlet)
    {
        var folder = Folder(_paths.Outlet(outlet));
        var root = SitePaths.RootFrom(folder);
        var articles = ArticlesByDate().Where(a => a.Outlet == outlet.Key).Select(a => ArticleLink(a, root)).ToList();
        var view = new OutletView(outlet.Name, outlet.Country, outlet.Url?.OriginalString, BodyRenderer.RenderPlain(bodies[outlet]), articles);
        return new Page(folder, "outlet", outlet.Name, "outlets", view);
    }

    private IEnumerable<Article> ArticlesByDate() =>
        content.Articles.OrderBy(a => a.Date).ThenBy(a => a.Slug, StringComparer.Ordinal);

    private ArticleLink ArticleLink(Article article, string root) => new(
        root + _paths.Article(article),
        article.Title,
        DisplayDate(article.Date),
        IsoDate(article.Date),
        OutletOf(article)?.Name ?? "Outlet not named in the source",
        article.Summary);

    private PersonLink PersonLink(Person person, string root)
    {
        return new(person.Key, root + _paths.Person(person), person.Name, person.Role, Counted(_sentencesPerPerson[person.Key], "mention"));
    }

    private OutletLink OutletLink(Outlet outlet, string root) =>
        new(root + _paths.Outlet(outlet), outlet.Name, Counted(_articlesPerOutlet.GetValueOrDefault(outlet.Key), "article"));

    private static string Counted(int count, string noun) =>
        count.ToString(CultureInfo.InvariantCulture) + " " + noun + (count == 1 ? string.Empty : "s");

    private Outlet? OutletOf(Article article) => article.Outlet is { } key ? _outlets[key] : null;

    private static string Folder(string link) => SitePaths.FileOf(link)[..^"index.html".Length];

    private static string DisplayDate(DateOnly date) => date.ToString("d MMMM yyyy", CultureInfo.InvariantCulture);

    private static string IsoDate(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
