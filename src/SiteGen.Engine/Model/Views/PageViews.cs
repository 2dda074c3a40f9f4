using SiteGen.Markdown;

namespace SiteGen.Model.Views;

// One record per page kind: exactly the values its template in templates/pages/ binds to.

/// <summary>What the layout wraps around every page; the page itself goes where the layout says <c>{{{Body}}}</c>.</summary>
public sealed record LayoutView(
    string Title,
    string SiteTitle,
    string Description,
    string Root,
    string Home,
    string DivergingReports,
    string Section,
    IReadOnlyList<Crumb> Breadcrumbs,
    string Language);

public sealed record HomeView(
    string SiteTitle,
    string Description,
    int ArticleCount,
    int OutletCount,
    int PersonCount,
    string Counts,
    IReadOnlyList<DateGroup> Dates,
    IReadOnlyList<TimelineEntry> Timeline,
    Utf8Html TimelineChart,
    IReadOnlyList<QuantitySummary> Quantities,
    string DivergingReportsUrl,
    IReadOnlyList<OutletLink> Outlets,
    IReadOnlyList<PersonLink> People,
    IReadOnlyList<FigureLink> Figures);

/// <summary>A tracked quantity on the home page: its name, how the reports stand, and how far apart they are.</summary>
/// <param name="VerdictKey">The verdict for machines: <c>conflict</c>, <c>differ</c>, <c>consistent</c>, <c>agree</c>, <c>series</c>, <c>one-report</c> or <c>no-report</c>.</param>
/// <param name="Diverges">Whether the reports give numbers that differ (<c>differ</c> or <c>conflict</c>).</param>
/// <param name="Spreads">For each time whose reports give different numbers, the lowest and highest and who gave them.</param>
public sealed record QuantitySummary(string Url, string Name, string Verdict, string VerdictKey, bool Diverges, IReadOnlyList<string> Spreads);

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
    Utf8Html? TimelineChart);

public sealed record OutletView(
    string Name,
    string? Country,
    string? Url,
    Utf8Html AboutHtml,
    IReadOnlyList<ArticleLink> Articles);

public sealed record DateView(
    string Display,
    string Key,
    string Precision,
    string Mentions,
    DateLink? Previous,
    DateLink? Next,
    IReadOnlyList<OutletMentions> Outlets);

/// <param name="Groups">The mentions split by what the figure counts, the most mentioned first; those that do not say last.</param>
public sealed record FigureView(
    string Display,
    string Key,
    string Mentions,
    IReadOnlyList<string> Counts,
    IReadOnlyList<CountedMentions> Groups);

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
