using SiteGen.Model.Views;

namespace SiteGen.Model.Pages;

/// <summary>An article: its text with every name, date and figure linked, and what it mentions.</summary>
internal sealed class ArticlePages(PageContext site) : IPageFamily
{
    public void AddTo(List<PlannedPage> plans) =>
        plans.AddRange(site.Content.ArticlesByDate.Select(a => new PlannedPage(SitePaths.FolderOf(site.Paths.Article(a)), () => Page(a))));

    private Page Page(Content.Article article)
    {
        var (index, paths, links) = (site.Index, site.Paths, site.Links);
        var folder = SitePaths.FolderOf(paths.Article(article));
        var root = SitePaths.RootFrom(folder);
        var body = site.Bodies.Articles[article];
        var outlet = site.Content.OutletOf(article);
        var view = new ArticleView
        {
            Title = article.Title,
            Date = Wording.Day(article.Date),
            DateIso = Wording.IsoDay(article.Date),
            Outlet = outlet is null ? null : links.Outlet(outlet, root),
            SourceUrl = article.Url?.OriginalString,
            Authors = article.Authors,
            Summary = article.Summary,
            Source = article.Source,
            BodyHtml = body.HtmlLinking(index.HasFigurePage),
            People = article.People
                .Concat(body.Facts.People.Select(m => m.Person.Key))
                .Distinct(StringComparer.Ordinal)
                .Select(key => links.Person(site.People[key], root))
                .ToList(),
            Dates = body.Facts.Dates.Select(m => m.Date).Distinct().Order().Select(d => links.Date(d, root)).ToList(),
            Figures = body.Facts.Figures
                .Where(m => index.HasFigurePage(m.Figure.Key))
                .GroupBy(m => m.Figure.Key, StringComparer.Ordinal)
                .OrderBy(g => g.First().Figure.Value)
                .Select(g => links.Figure(g.Key, root))
                .ToList(),
        };
        var trail = outlet is null
            ? site.Lists.Trail(root, (paths.Articles, "Articles"))
            : site.Lists.Trail(root, (paths.Articles, "Articles"), (paths.Outlet(outlet), outlet.Name));
        return PageKinds.Article.Page(folder, article.Title, view, trail);
    }
}
