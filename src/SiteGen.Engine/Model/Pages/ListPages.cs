using System.Globalization;
using SiteGen.Model.Views;

namespace SiteGen.Model.Pages;

/// <summary>Page <paramref name="Number"/> of a list whose first page is at <paramref name="Link"/> (from the site root), in <paramref name="First"/>.</summary>
/// <param name="Root">The prefix that leads from this page back to the site root.</param>
internal sealed record ListPage(string Link, string First, string Folder, string Root, int Number, Pager? Pager);

/// <summary>Lists that span pages, and the trail of breadcrumbs every page has.</summary>
internal sealed class ListPages(SitePaths paths)
{
    /// <summary>Plans the pages of a list whose first page is in <paramref name="folder"/>.</summary>
    public static void Add(List<PlannedPage> plans, string folder, int pages, Func<int, Page> page)
    {
        for (var number = 1; number <= pages; number++)
        {
            var n = number;
            plans.Add(new PlannedPage(Paging.Folder(folder, n), () => page(n)));
        }
    }

    /// <summary>Page <paramref name="number"/> of <paramref name="pages"/> of the list whose first page <paramref name="link"/> leads to.</summary>
    public ListPage PageOf(string link, int number, int pages)
    {
        var first = SitePaths.FolderOf(link);
        var folder = Paging.Folder(first, number);
        var root = SitePaths.RootFrom(folder);
        return new ListPage(link, first, folder, root, number, Paging.Pager(number, pages, root, n => paths.Link(Paging.Folder(first, n))));
    }

    /// <summary>
    /// A page of a list, titled <paramref name="name"/> with its number after the first page; its trail is
    /// <paramref name="steps"/> and, on a later page, the list's first page.
    /// </summary>
    public Page Listed<TView>(PageKind<TView> kind, ListPage at, string name, TView view, params (string Path, string Name)[] steps)
        where TView : class =>
        kind.Page(
            at.Folder,
            at.Number == 1 ? name : name + ", page " + at.Number.ToString(CultureInfo.InvariantCulture),
            view,
            Trail(at.Root, at.Number == 1 ? steps : [.. steps, (at.Link, name)]),
            at.Pager);

    /// <summary>The breadcrumbs from the home page to a page at <paramref name="root"/>, each step a page given from the site root.</summary>
    public List<Crumb> Trail(string root, params (string Path, string Name)[] steps) =>
    [
        new Crumb(root + paths.Home, "Home"),
        .. steps.Select(s => new Crumb(root + s.Path, s.Name)),
    ];
}
