using SiteGen.Content;
using SiteGen.Html;
using SiteGen.Model.Views;

namespace SiteGen.Model.Pages;

/// <summary>An outlet: what the report says about it and every article it published, 100 to a page.</summary>
internal sealed class OutletPages(PageContext site) : IPageFamily
{
    public void AddTo(List<PlannedPage> plans)
    {
        foreach (var outlet in site.Content.Outlets.OrderBy(o => o.Key, StringComparer.Ordinal))
        {
            var pages = Paging.PageCount(site.ArticlesPerOutlet.GetValueOrDefault(outlet.Key), Paging.EntriesPerPage);
            var articles = new Lazy<List<Article>>(() => site.Content.ArticlesByDate.Where(a => a.Outlet == outlet.Key).ToList());
            ListPages.Add(plans, SitePaths.FolderOf(site.Paths.Outlet(outlet)), pages, number => Page(outlet, number, pages, articles.Value));
        }
    }

    /// <param name="all">The outlet's articles, in date order.</param>
    private Page Page(Outlet outlet, int number, int pages, List<Article> all)
    {
        var at = site.Lists.PageOf(site.Paths.Outlet(outlet), number, pages);
        var (from, length) = Paging.Range(all.Count, pages, number);
        var view = new OutletView
        {
            Name = outlet.Name,
            Country = outlet.Country,
            Url = outlet.Url?.OriginalString,
            AboutHtml = number == 1 ? site.Bodies.Others[outlet] : Utf8Html.Of(string.Empty),
            Articles = all.GetRange(from, length).Select(a => site.Links.Article(a, at.Root)).ToList(),
            Pager = at.Pager,
        };
        return site.Lists.Listed(PageKinds.Outlet, at, outlet.Name, view, (site.Paths.Outlets, "Outlets"));
    }
}
