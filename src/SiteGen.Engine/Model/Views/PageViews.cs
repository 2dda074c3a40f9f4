using SiteGen.Markdown;
using SiteGen.Html;

namespace SiteGen.Model.Views;

// One record per page kind: exactly the values its template in templates/pages/ binds to.

/// <summary>What the layout wraps around every page; the page itself goes where the layout says <c>{{{Body}}}</c>.</summary>
[Template("layout")]
public sealed record LayoutView
{
    public required string Title { get; init; }

    public required string SiteTitle { get; init; }

    public required string Description { get; init; }

    public required string Root { get; init; }

    public required string Home { get; init; }

    public required string DivergingReports { get; init; }

    public required string Articles { get; init; }

    public required string People { get; init; }

    public required string Timeline { get; init; }

    public required string Figures { get; init; }

    public required string Outlets { get; init; }

    public required string Section { get; init; }

    public required IReadOnlyList<Crumb> Breadcrumbs { get; init; }

    public required string Language { get; init; }

    public required string? Previous { get; init; }

    public required string? Next { get; init; }
}

/// <summary>The front page: what diverges, the latest articles, the most mentioned people and figures, the timeline.</summary>
[Template("pages/home")]
public sealed record HomeView
{
    public required string SiteTitle { get; init; }

    public required string Description { get; init; }

    public required int ArticleCount { get; init; }

    public required int OutletCount { get; init; }

    public required int PersonCount { get; init; }

    public required string Counts { get; init; }

    /// <summary>The latest articles, by day, the latest first.</summary>
    public required IReadOnlyList<DateGroup> Dates { get; init; }

    public required Utf8Html TimelineChart { get; init; }

    public required IReadOnlyList<QuantitySummary> Quantities { get; init; }

    public required string DivergingReportsUrl { get; init; }

    /// <summary>The outlets that published most; <see cref="People"/> those mentioned most; <see cref="Figures"/> the numbers reported most.</summary>
    public required IReadOnlyList<OutletLink> Outlets { get; init; }

    public required IReadOnlyList<PersonLink> People { get; init; }

    public required IReadOnlyList<FigureLink> Figures { get; init; }

    public required IndexLink AllArticles { get; init; }

    public required IndexLink AllPeople { get; init; }

    public required IndexLink AllDates { get; init; }

    public required IndexLink AllFigures { get; init; }

    public required IndexLink AllOutlets { get; init; }
}

/// <summary>A link to a full index: "All 8 articles".</summary>
public sealed record IndexLink(string Url, string Label);

// The indexes: each a page at a time of every article, person, date, figure or outlet.

[Template("pages/articles")]
public sealed record ArticleIndexView(string Counts, IReadOnlyList<DateGroup> Days, Pager? Pager);

[Template("pages/people")]
public sealed record PersonIndexView(string Counts, IReadOnlyList<PersonLink> People, Pager? Pager);

/// <param name="TimelineChart">On the first page only.</param>
[Template("pages/timeline")]
public sealed record TimelineView(string Counts, Utf8Html? TimelineChart, IReadOnlyList<TimelineEntry> Entries, Pager? Pager);

[Template("pages/figures")]
public sealed record FigureIndexView(string Counts, IReadOnlyList<FigureLink> Figures, Pager? Pager);

[Template("pages/outlets")]
public sealed record OutletIndexView(string Counts, IReadOnlyList<OutletLink> Outlets, Pager? Pager);

/// <summary>A tracked quantity on the home page: its name, how the reports stand, and how far apart they are.</summary>
/// <param name="VerdictKey">The verdict for machines: <c>conflict</c>, <c>differ</c>, <c>consistent</c>, <c>agree</c>, <c>series</c>, <c>one-report</c> or <c>no-report</c>.</param>
/// <param name="Diverges">Whether the reports give numbers that differ (<c>differ</c> or <c>conflict</c>).</param>
/// <param name="Spreads">For each time whose reports give different numbers, the lowest and highest and who gave them.</param>
public sealed record QuantitySummary(string Url, string Name, string Verdict, string VerdictKey, bool Diverges, IReadOnlyList<string> Spreads);

[Template("pages/article")]
public sealed record ArticleView
{
    public required string Title { get; init; }

    public required string Date { get; init; }

    public required string DateIso { get; init; }

    public required OutletLink? Outlet { get; init; }

    public required string? SourceUrl { get; init; }

    public required IReadOnlyList<string> Authors { get; init; }

    public required string Summary { get; init; }

    public required string Source { get; init; }

    public required Utf8Html BodyHtml { get; init; }

    public required IReadOnlyList<PersonLink> People { get; init; }

    public required IReadOnlyList<DateLink> Dates { get; init; }

    public required IReadOnlyList<FigureLink> Figures { get; init; }
}

/// <summary>
/// A person, or one page of a person's mentions when they fill several (<see cref="Pager"/>): each page has its
/// share of the mentions and of the statements; the biography, the people and dates mentioned with them and the
/// timeline are on the first.
/// </summary>
[Template("pages/person")]
public sealed record PersonView
{
    public required string Name { get; init; }

    public required string Role { get; init; }

    public required string? Affiliation { get; init; }

    public required IReadOnlyList<string> Aliases { get; init; }

    public required Utf8Html BioHtml { get; init; }

    public required string Mentions { get; init; }

    public required IReadOnlyList<OutletMentions> Outlets { get; init; }

    public required IReadOnlyList<StatementView> Statements { get; init; }

    /// <summary>Those mentioned most often in the same sentences, at most 30.</summary>
    public required IReadOnlyList<PersonLink> MentionedWith { get; init; }

    /// <summary>The dates mentioned most often in their sentences, at most 60, in date order.</summary>
    public required IReadOnlyList<DateLink> Dates { get; init; }

    public required Utf8Html? TimelineChart { get; init; }

    /// <summary>On the first page of mentions that fill several: each outlet's share and the latest.</summary>
    public required MentionSummary? Summary { get; init; }

    public required Pager? Pager { get; init; }
}

[Template("pages/outlet")]
public sealed record OutletView
{
    public required string Name { get; init; }

    public required string? Country { get; init; }

    public required string? Url { get; init; }

    public required Utf8Html AboutHtml { get; init; }

    public required IReadOnlyList<ArticleLink> Articles { get; init; }

    public required Pager? Pager { get; init; }
}

[Template("pages/date")]
public sealed record DateView
{
    public required string Display { get; init; }

    public required string Key { get; init; }

    public required string Precision { get; init; }

    public required string Mentions { get; init; }

    public required DateLink? Previous { get; init; }

    public required DateLink? Next { get; init; }

    public required IReadOnlyList<OutletMentions> Outlets { get; init; }

    public required MentionSummary? Summary { get; init; }

    public required Pager? Pager { get; init; }
}

[Template("pages/figure")]
public sealed record FigureView
{
    public required string Display { get; init; }

    public required string Key { get; init; }

    public required string Mentions { get; init; }

    public required IReadOnlyList<string> Counts { get; init; }

    /// <summary>The mentions split by what the figure counts, the most mentioned first; those that do not say last.</summary>
    public required IReadOnlyList<CountedMentions> Groups { get; init; }

    public required MentionSummary? Summary { get; init; }

    public required Pager? Pager { get; init; }
}

[Template("pages/diverging-reports")]
public sealed record DivergingReportsView(IReadOnlyList<QuantityView> Quantities);

/// <summary>A tracked quantity and what each outlet reported for it, in the order of the times the reports describe.</summary>
public sealed record QuantityView
{
    public required string Anchor { get; init; }

    public required string Name { get; init; }

    public required string Unit { get; init; }

    public required Utf8Html DescriptionHtml { get; init; }

    public required string Verdict { get; init; }

    /// <summary>As in <see cref="QuantitySummary"/>.</summary>
    public required string VerdictKey { get; init; }

    /// <summary>What the verdict means for these reports, in a sentence.</summary>
    public required string Explanation { get; init; }

    public required bool Diverges { get; init; }

    public required IReadOnlyList<string> Spreads { get; init; }

    public required Utf8Html? ChartHtml { get; init; }

    public required IReadOnlyList<ReportRow> Reports { get; init; }
}

/// <summary>One outlet's number for a quantity.</summary>
public sealed record ReportRow
{
    /// <summary>The outlet's name, or the article's title when the source names no outlet.</summary>
    public required string Source { get; init; }

    public required string OutletName { get; init; }

    public required string ArticleUrl { get; init; }

    public required string ArticleTitle { get; init; }

    public required string Value { get; init; }

    /// <summary>Whom the sentence gives the number to ("Iryna Vereshchuk", "local officials"), or empty.</summary>
    public required string AttributedTo { get; init; }

    /// <summary>The time the number describes, as readers read it; <see cref="DateKey"/> for machines.</summary>
    public required string Date { get; init; }

    public required string DateKey { get; init; }

    public required string SentenceUrl { get; init; }

    public required string Sentence { get; init; }

    /// <summary>Whether the number fits no other report of its time.</summary>
    public required bool Outlier { get; init; }
}
