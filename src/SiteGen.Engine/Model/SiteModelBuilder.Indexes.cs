using SiteGen.Content;
using SiteGen.Model.Views;

namespace SiteGen.Model;

// The front page and the indexes it leads to: every article, person, date, figure and outlet, a page at a time.
internal sealed partial class SiteModelBuilder
{
    /// <summary>How many of each the front page shows before linking to the full index.</summary>
    private const int FrontPageArticles = 10;
    private const int FrontPagePeople = 10;
    private const int FrontPageFigures = 10;
    private const int FrontPageOutlets = 12;

    // Each index page takes its slice of the same order: made once, by the first page that needs it.
    private List<Article>? _newestFirst;
    private List<Person>? _peopleByMentions;

    private List<Article> NewestFirst => _newestFirst ??= _content.ArticlesNewestFirst.ToList();

    private void AddIndexes(List<PagePlan> plans)
    {
        var articles = Paging.PageCount(_content.Articles.Count, Paging.EntriesPerPage);
        AddPages(plans, SitePaths.FolderOf(_paths.Articles), articles, number => ArticleIndexPage(number, articles));
        var people = Paging.PageCount(_content.People.Count, Paging.EntriesPerPage);
        AddPages(plans, SitePaths.FolderOf(_paths.People), people, number => PersonIndexPage(number, people));
        var dates = Paging.PageCount(_dates.Count, Paging.EntriesPerPage);
        AddPages(plans, SitePaths.FolderOf(_paths.Timeline), dates, number => TimelinePage(number, dates));
        var figures = Paging.PageCount(_index.FigurePagesInOrder.Count, Paging.EntriesPerPage);
        AddPages(plans, SitePaths.FolderOf(_paths.Figures), figures, number => FigureIndexPage(number, figures));
        var outlets = Paging.PageCount(_content.Outlets.Count, Paging.EntriesPerPage);
        AddPages(plans, SitePaths.FolderOf(_paths.Outlets), outlets, number => OutletIndexPage(number, outlets));
    }

    private Page HomePage()
    {
        const string root = "";
        var quantities = _index.Comparisons
            .Select(c => new QuantitySummary(
                _paths.DivergingReports + "#" + c.Quantity.Key,
                c.Quantity.Name,
                ComparisonWording.Label(c.Verdict),
                ComparisonWording.Key(c.Verdict),
                c.Diverges,
                ComparisonWording.Spreads(c, ReportSource)))
            .ToList();
        var timelineChart = _charts.Timeline(
            "timeline-chart",
            "Sentences that mention each date, by outlet",
            _dates.SelectMany(_index.MentionsOf).Select(m => (m.Date, m.Sentence)),
            "the timeline's pages give every date with its counts.");
        var counts = string.Join(" · ", Wording.Counted(_content.Articles.Count, "article"), Wording.Counted(_content.Outlets.Count, "named outlet"), Wording.Counted(_content.People.Count, "person", "people"));
        var view = new HomeView(
            _options.Title,
            _options.Description,
            _content.Articles.Count,
            _content.Outlets.Count,
            _content.People.Count,
            counts,
            Days(NewestFirst.Take(FrontPageArticles), root),
            timelineChart,
            quantities,
            _paths.DivergingReports,
            OutletsByArticles().Take(FrontPageOutlets).Select(o => OutletLink(o, root)).ToList(),
            PeopleByMentions().Take(FrontPagePeople).Select(p => PersonLink(p, root)).ToList(),
            _index.FigurePagesInOrder
                .OrderByDescending(_index.SentencesMentioningFigure)
                .Take(FrontPageFigures)
                .Select(key => FigureLink(key, root))
                .ToList(),
            new IndexLink(_paths.Articles, "All " + Wording.Counted(_content.Articles.Count, "article")),
            new IndexLink(_paths.People, "All " + Wording.Counted(_content.People.Count, "person", "people")),
            new IndexLink(_paths.Timeline, "All " + Wording.Counted(_dates.Count, "date")),
            new IndexLink(_paths.Figures, "All " + Wording.Counted(_index.FigurePagesInOrder.Count, "figure")),
            new IndexLink(_paths.Outlets, "All " + Wording.Counted(_content.Outlets.Count, "outlet")));
        return new Page(string.Empty, _options.Title, "home", view, []);
    }

    private Page ArticleIndexPage(int number, int pages)
    {
        var at = PageOfList(_paths.Articles, number, pages);
        var all = NewestFirst;
        var (from, length) = Paging.Range(all.Count, pages, number);
        var view = new ArticleIndexView(Wording.Counted(all.Count, "article") + ", the latest first", Days(all.GetRange(from, length), at.Root), at.Pager);
        return ListedPage(at, "Articles", "articles", view);
    }

    private Page PersonIndexPage(int number, int pages)
    {
        var at = PageOfList(_paths.People, number, pages);
        var all = PeopleByMentions();
        var (from, length) = Paging.Range(all.Count, pages, number);
        var view = new PersonIndexView(Wording.Counted(all.Count, "person", "people") + ", the most mentioned first", all.GetRange(from, length).Select(p => PersonLink(p, at.Root)).ToList(), at.Pager);
        return ListedPage(at, "People", "people", view);
    }

    private Page TimelinePage(int number, int pages)
    {
        var at = PageOfList(_paths.Timeline, number, pages);
        var (from, length) = Paging.Range(_dates.Count, pages, number);
        var entries = _dates.Skip(from).Take(length)
            .Select(d => new TimelineEntry(
                DateLink(d, at.Root),
                _index.MentionsOf(d)
                    .GroupBy(m => OutletName(m.Sentence.Article), StringComparer.Ordinal)
                    .OrderBy(g => g.Key, StringComparer.Ordinal)
                    .Select(g => new OutletCount(g.Key, g.Select(m => m.Sentence).Distinct().Count()))
                    .ToList()))
            .ToList();
        var chart = number == 1
            ? _charts.Timeline("timeline-chart", "Sentences that mention each date, by outlet", _dates.SelectMany(_index.MentionsOf).Select(m => (m.Date, m.Sentence)), "the list below gives every date with its counts.")
            : null;
        var view = new TimelineView(Wording.Counted(_dates.Count, "date") + ", the earliest first", chart, entries, at.Pager);
        return ListedPage(at, "Timeline", "dates", view);
    }

    private Page FigureIndexPage(int number, int pages)
    {
        var at = PageOfList(_paths.Figures, number, pages);
        var all = _index.FigurePagesInOrder;
        var (from, length) = Paging.Range(all.Count, pages, number);
        var view = new FigureIndexView(Wording.Counted(all.Count, "figure") + " that recur, the smallest first", all.Skip(from).Take(length).Select(key => FigureLink(key, at.Root)).ToList(), at.Pager);
        return ListedPage(at, "Figures", "figures", view);
    }

    private Page OutletIndexPage(int number, int pages)
    {
        var at = PageOfList(_paths.Outlets, number, pages);
        var all = OutletsByArticles();
        var (from, length) = Paging.Range(all.Count, pages, number);
        var view = new OutletIndexView(Wording.Counted(all.Count, "outlet") + ", the most published first", all.GetRange(from, length).Select(o => OutletLink(o, at.Root)).ToList(), at.Pager);
        return ListedPage(at, "Outlets", "outlets", view);
    }

    private List<DateGroup> Days(IEnumerable<Article> articles, string root) => articles
        .GroupBy(a => a.Date)
        .Select(g => new DateGroup(Wording.Day(g.Key), Wording.IsoDay(g.Key), g.Select(a => ArticleLink(a, root)).ToList()))
        .ToList();

    private List<Person> PeopleByMentions() => _peopleByMentions ??= _content.People
        .OrderByDescending(_index.SentencesMentioning)
        .ThenBy(p => p.Name, StringComparer.Ordinal)
        .ToList();

    private List<Outlet> OutletsByArticles() => _content.Outlets
        .OrderByDescending(o => _articlesPerOutlet.GetValueOrDefault(o.Key))
        .ThenBy(o => o.Name, StringComparer.Ordinal)
        .ToList();
}
