using SiteGen.Model.Views;

namespace SiteGen.Model.Pages;

/// <summary>The front page: what diverges, the latest articles, the most mentioned people and figures, the timeline.</summary>
internal sealed class HomePage(PageContext site) : IPageFamily
{
    /// <summary>How many of each the front page shows before linking to the full index.</summary>
    private const int Articles = 10;
    private const int People = 10;
    private const int Figures = 10;
    private const int Outlets = 12;

    public void AddTo(List<PlannedPage> plans) => plans.Add(new PlannedPage(PageKinds.Home.Folder, Page));

    private Page Page()
    {
        const string root = "";
        var (content, index, paths, links) = (site.Content, site.Index, site.Paths, site.Links);
        var quantities = index.Comparisons
            .Select(c => new QuantitySummary(
                paths.DivergingReports + "#" + c.Quantity.Key,
                c.Quantity.Name,
                ComparisonWording.Label(c.Verdict),
                ComparisonWording.Key(c.Verdict),
                c.Diverges,
                ComparisonWording.Spreads(c, site.ReportSource)))
            .ToList();
        var view = new HomeView
        {
            SiteTitle = site.Options.Title,
            Description = site.Options.Description,
            ArticleCount = content.Articles.Count,
            OutletCount = content.Outlets.Count,
            PersonCount = content.People.Count,
            Counts = string.Join(" · ", Wording.Counted(content.Articles.Count, "article"), Wording.Counted(content.Outlets.Count, "named outlet"), Wording.Counted(content.People.Count, "person", "people")),
            Dates = links.ByDay(site.NewestFirst.Take(Articles), root),
            TimelineChart = site.TimelineChart("the timeline's pages give every date with its counts."),
            Quantities = quantities,
            DivergingReportsUrl = paths.DivergingReports,
            Outlets = site.OutletsByArticles.Take(Outlets).Select(o => links.Outlet(o, root)).ToList(),
            People = site.PeopleByMentions.Take(People).Select(p => links.Person(p, root)).ToList(),
            Figures = index.FigurePagesInOrder
                .OrderByDescending(index.SentencesMentioningFigure)
                .Take(Figures)
                .Select(key => links.Figure(key, root))
                .ToList(),
            AllArticles = new IndexLink(paths.Articles, "All " + Wording.Counted(content.Articles.Count, "article")),
            AllPeople = new IndexLink(paths.People, "All " + Wording.Counted(content.People.Count, "person", "people")),
            AllDates = new IndexLink(paths.Timeline, "All " + Wording.Counted(site.Dates.Count, "date")),
            AllFigures = new IndexLink(paths.Figures, "All " + Wording.Counted(index.FigurePagesInOrder.Count, "figure")),
            AllOutlets = new IndexLink(paths.Outlets, "All " + Wording.Counted(content.Outlets.Count, "outlet")),
        };
        return PageKinds.Home.Page(string.Empty, site.Options.Title, view, []);
    }
}
