using SiteGen.Content;
using SiteGen.CrossReference;
using SiteGen.Extract;
using SiteGen.Markdown;

namespace SiteGen.Model.Pages;

/// <summary>What every page family reads: the content, its cross-references and rendered bodies, and the shared helpers.</summary>
internal sealed class PageContext
{
    public PageContext(ContentSet content, CrossReferenceIndex index, ConvertedBodies bodies, SiteOptions options)
    {
        Content = content;
        Index = index;
        Bodies = bodies;
        Options = options;
        Paths = new SitePaths(options.CleanUrls);
        People = content.People.ToDictionary(p => p.Key, StringComparer.Ordinal);
        ArticlesPerOutlet = content.Articles
            .Where(a => a.Outlet != null)
            .GroupBy(a => a.Outlet!, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        Links = new SiteLinks(content, index, Paths, ArticlesPerOutlet);
        Lists = new ListPages(Paths);
        Mentions = new MentionGroups(Links, Paths);
        Charts = new SiteCharts(content.OutletName);
    }

    public ContentSet Content { get; }

    public CrossReferenceIndex Index { get; }

    public ConvertedBodies Bodies { get; }

    public SiteOptions Options { get; }

    public SitePaths Paths { get; }

    /// <summary>The people by key.</summary>
    public IReadOnlyDictionary<string, Person> People { get; }

    /// <summary>How many articles each outlet published, by the outlet's key.</summary>
    public IReadOnlyDictionary<string, int> ArticlesPerOutlet { get; }

    public SiteLinks Links { get; }

    public ListPages Lists { get; }

    public MentionGroups Mentions { get; }

    public SiteCharts Charts { get; }

    /// <summary>Every date the articles mention, in order.</summary>
    public IReadOnlyList<DateValue> Dates => Index.DatesInOrder;

    // The indexes and the front page take their slices of the same orders: each made once, by the first page that needs it.
    private List<Article>? _newestFirst;
    private List<Person>? _peopleByMentions;
    private List<Outlet>? _outletsByArticles;

    public List<Article> NewestFirst => _newestFirst ??= Content.ArticlesNewestFirst.ToList();

    /// <summary>The people, the most mentioned first.</summary>
    public List<Person> PeopleByMentions => _peopleByMentions ??= Content.People
        .OrderByDescending(Index.SentencesMentioning)
        .ThenBy(p => p.Name, StringComparer.Ordinal)
        .ToList();

    /// <summary>The outlets, the one that published most first.</summary>
    public List<Outlet> OutletsByArticles => _outletsByArticles ??= Content.Outlets
        .OrderByDescending(o => ArticlesPerOutlet.GetValueOrDefault(o.Key))
        .ThenBy(o => o.Name, StringComparer.Ordinal)
        .ToList();

    /// <summary>The chart of every date's mentions by outlet, as the front page and the timeline's first page show it.</summary>
    /// <param name="where">Where the counts are listed, for the chart's text alternative.</param>
    public Html.Utf8Html TimelineChart(string where) => Charts.TimelineChart(
        "timeline-chart",
        "Sentences that mention each date, by outlet",
        Dates.SelectMany(Index.MentionsOf).Select(m => (m.Date, m.Sentence)),
        where);

    /// <summary>Who gave a report, as a spread names them: "DW", or "DW, citing Iryna Vereshchuk".</summary>
    public string ReportSource(QuantityReport report) =>
        Content.SourceName(report.Mention.Sentence.Article) + (report.AttributedTo.Length > 0 ? ", citing " + report.AttributedTo : string.Empty);
}
