using SiteGen.Model.Views;

namespace SiteGen.Model.Pages;

/// <summary>The indexes the front page leads to: every article, person, date, figure and outlet, a page at a time.</summary>
internal sealed class IndexPages(PageContext site) : IPageFamily
{
    public void AddTo(List<PlannedPage> plans)
    {
        Add(plans, PageKinds.ArticleIndex, site.Content.Articles.Count, ArticleIndex);
        Add(plans, PageKinds.PersonIndex, site.Content.People.Count, PersonIndex);
        Add(plans, PageKinds.Timeline, site.Dates.Count, Timeline);
        Add(plans, PageKinds.FigureIndex, site.Index.FigurePagesInOrder.Count, FigureIndex);
        Add(plans, PageKinds.OutletIndex, site.Content.Outlets.Count, OutletIndex);
    }

    private static void Add<TView>(List<PlannedPage> plans, PageKind<TView> kind, int entries, Func<int, int, Page> page)
        where TView : class
    {
        var pages = Paging.PageCount(entries, Paging.EntriesPerPage);
        ListPages.Add(plans, kind.Folder, pages, number => page(number, pages));
    }

    private Page ArticleIndex(int number, int pages)
    {
        var at = site.Lists.PageOf(site.Paths.Articles, number, pages);
        var all = site.NewestFirst;
        var (from, length) = Paging.Range(all.Count, pages, number);
        var view = new ArticleIndexView(Wording.Counted(all.Count, "article") + ", the latest first", site.Links.ByDay(all.GetRange(from, length), at.Root), at.Pager);
        return site.Lists.Listed(PageKinds.ArticleIndex, at, "Articles", view);
    }

    private Page PersonIndex(int number, int pages)
    {
        var at = site.Lists.PageOf(site.Paths.People, number, pages);
        var all = site.PeopleByMentions;
        var (from, length) = Paging.Range(all.Count, pages, number);
        var view = new PersonIndexView(Wording.Counted(all.Count, "person", "people") + ", the most mentioned first", all.GetRange(from, length).Select(p => site.Links.Person(p, at.Root)).ToList(), at.Pager);
        return site.Lists.Listed(PageKinds.PersonIndex, at, "People", view);
    }

    private Page Timeline(int number, int pages)
    {
        var at = site.Lists.PageOf(site.Paths.Timeline, number, pages);
        var dates = site.Dates;
        var (from, length) = Paging.Range(dates.Count, pages, number);
        var entries = dates.Skip(from).Take(length)
            .Select(d => new TimelineEntry(
                site.Links.Date(d, at.Root),
                site.Index.MentionsOf(d)
                    .GroupBy(m => site.Content.OutletName(m.Sentence.Article), StringComparer.Ordinal)
                    .OrderBy(g => g.Key, StringComparer.Ordinal)
                    .Select(g => new OutletCount(g.Key, g.Select(m => m.Sentence).Distinct().Count()))
                    .ToList()))
            .ToList();
        var chart = number == 1
            ? site.TimelineChart("the list below gives every date with its counts.")
            : null;
        var view = new TimelineView(Wording.Counted(dates.Count, "date") + ", the earliest first", chart, entries, at.Pager);
        return site.Lists.Listed(PageKinds.Timeline, at, "Timeline", view);
    }

    private Page FigureIndex(int number, int pages)
    {
        var at = site.Lists.PageOf(site.Paths.Figures, number, pages);
        var all = site.Index.FigurePagesInOrder;
        var (from, length) = Paging.Range(all.Count, pages, number);
        var view = new FigureIndexView(Wording.Counted(all.Count, "figure") + " that recur, the smallest first", all.Skip(from).Take(length).Select(key => site.Links.Figure(key, at.Root)).ToList(), at.Pager);
        return site.Lists.Listed(PageKinds.FigureIndex, at, "Figures", view);
    }

    private Page OutletIndex(int number, int pages)
    {
        var at = site.Lists.PageOf(site.Paths.Outlets, number, pages);
        var all = site.OutletsByArticles;
        var (from, length) = Paging.Range(all.Count, pages, number);
        var view = new OutletIndexView(Wording.Counted(all.Count, "outlet") + ", the most published first", all.GetRange(from, length).Select(o => site.Links.Outlet(o, at.Root)).ToList(), at.Pager);
        return site.Lists.Listed(PageKinds.OutletIndex, at, "Outlets", view);
    }
}
