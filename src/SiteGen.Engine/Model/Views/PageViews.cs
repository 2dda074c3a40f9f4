using SiteGen.Markdown;
using SiteGen.Html;

namespace SiteGen.Model.Views;

// One record per page kind: exactly the values its template in templates/pages/ binds to.

/// <summary>What the layout wraps around every page; the page itself goes where the layout says <c>{{{Body}}}</c>.</summary>
[Template("layout")]
public sealed record LayoutView(
    string Title,
    string SiteTitle,
    string Description,
    string Root,
    string Home,
    string DivergingReports,
    string Articles,
    string People,
    string Timeline,
    string Figures,
    string Outlets,
    string Section,
    IReadOnlyList<Crumb> Breadcrumbs,
    string Language,
    string? Previous,
    string? Next);

/// <summary>The front page: what diverges, the latest articles, the most mentioned people and figures, the timeline.</summary>
/// <param name="Dates">The latest articles, by day, the latest first.</param>
/// <param name="Outlets">The outlets that published most; <paramref name="People"/> those mentioned most; <paramref name="Figures"/> the numbers reported most.</param>
[Template("pages/home")]
public sealed record HomeView(
    string SiteTitle,
    string Description,
    int ArticleCount,
    int OutletCount,
    int PersonCount,
    string Counts,
    IReadOnlyList<DateGroup> Dates,
    Utf8Html TimelineChart,
    IReadOnlyList<QuantitySummary> Quantities,
    string DivergingReportsUrl,
    IReadOnlyList<OutletLink> Outlets,
    IReadOnlyList<PersonLink> People,
    IReadOnlyList<FigureLink> Figures,
    IndexLink AllArticles,
    IndexLink AllPeople,
    IndexLink AllDates,
    IndexLink AllFigures,
    IndexLink AllOutlets);

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
public sealed record ArticleView(
    string Title,
    string Date,
    string DateIso,
    OutletLink? Outlet,
    string? SourceUrl,
    IReadOnlyList<string> Authors,
    string Summary,
    string Source,
    Utf8Html BodyHtml,
    IReadOnlyList<PersonLink> People,
    IReadOnlyList<DateLink> Dates,
    IReadOnlyList<FigureLink> Figures);

/// <summary>
/// A person, or one page of a person's mentions when they fill several (<paramref name="Pager"/>): each page has its
/// share of the mentions and of the statements; the biography, the people and dates mentioned with them and the
/// timeline are on the first.
/// </summary>
/// <param name="MentionedWith">Those mentioned most often in the same sentences, at most 30.</param>
/// <param name="Dates">The dates mentioned most often in their sentences, at most 60, in date order.</param>
/// <param name="Summary">On the first page of mentions that fill several: each outlet's share and the latest.</param>
[Template("pages/person")]
public sealed record PersonView(
    string Name,
    string Role,
    string? Affiliation,
    IReadOnlyList<string> Aliases,
    Utf8Html BioHtml,
    string Mentions,
    IReadOnlyList<OutletMentions> Outlets,
    IReadOnlyList<StatementView> Statements,
    IReadOnlyList<PersonLink> MentionedWith,
    IReadOnlyList<DateLink> Dates,
    Utf8Html? TimelineChart,
    MentionSummary? Summary,
    Pager? Pager);

[Template("pages/outlet")]
public sealed record OutletView(
    string Name,
    string? Country,
    string? Url,
    Utf8Html AboutHtml,
    IReadOnlyList<ArticleLink> Articles,
    Pager? Pager);

[Template("pages/date")]
public sealed record DateView(
    string Display,
    string Key,
    string Precision,
    string Mentions,
    DateLink? Previous,
    DateLink? Next,
    IReadOnlyList<OutletMentions> Outlets,
    MentionSummary? Summary,
    Pager? Pager);

/// <param name="Groups">The mentions split by what the figure counts, the most mentioned first; those that do not say last.</param>
[Template("pages/figure")]
public sealed record FigureView(
    string Display,
    string Key,
    string Mentions,
    IReadOnlyList<string> Counts,
    IReadOnlyList<CountedMentions> Groups,
    MentionSummary? Summary,
    Pager? Pager);

[Template("pages/diverging-reports")]
public sealed record DivergingReportsView(IReadOnlyList<QuantityView> Quantities);

/// <summary>A tracked quantity and what each outlet reported for it, in the order of the times the reports describe.</summary>
/// <param name="VerdictKey">As in <see cref="QuantitySummary"/>.</param>
/// <param name="Explanation">What the verdict means for these reports, in a sentence.</param>
public sealed record QuantityView(
    string Anchor,
    string Name,
    string Unit,
    Utf8Html DescriptionHtml,
    string Verdict,
    string VerdictKey,
    string Explanation,
    bool Diverges,
    IReadOnlyList<string> Spreads,
    Utf8Html? ChartHtml,
    IReadOnlyList<ReportRow> Reports);

/// <summary>One outlet's number for a quantity.</summary>
/// <param name="Source">The outlet's name, or the article's title when the source names no outlet.</param>
/// <param name="AttributedTo">Whom the sentence gives the number to ("Iryna Vereshchuk", "local officials"), or empty.</param>
/// <param name="Date">The time the number describes, as readers read it; <paramref name="DateKey"/> for machines.</param>
/// <param name="Outlier">Whether the number fits no other report of its time.</param>
public sealed record ReportRow(
    string Source,
    string OutletName,
    string ArticleUrl,
    string ArticleTitle,
    string Value,
    string AttributedTo,
    string Date,
    string DateKey,
    string SentenceUrl,
    string Sentence,
    bool Outlier);
