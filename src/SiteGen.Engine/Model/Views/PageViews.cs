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
    IReadOnlyList<DateGroup> Dates,
    IReadOnlyList<TimelineEntry> Timeline,
    Utf8Html TimelineChart,
    IReadOnlyList<QuantitySummary> Quantities,
    string DivergingReportsUrl,
    IReadOnlyList<OutletLink> Outlets,
    IReadOnlyList<PersonLink> People,
    IReadOnlyList<FigureLink> Figures);

/// <summary>A tracked quantity on the home page: its name and whether the outlets agree.</summary>
public sealed record QuantitySummary(string Url, string Name, string Verdict, bool Diverges);

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
    IReadOnlyList<QuoteView> Quotes,
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

public sealed record FigureView(
    string Display,
    string Key,
    string Mentions,
    IReadOnlyList<string> Counts,
    IReadOnlyList<OutletMentions> Outlets);

public sealed record DivergingReportsView(IReadOnlyList<QuantityView> Quantities);

/// <summary>A tracked quantity and what each outlet reported for it.</summary>
public sealed record QuantityView(
    string Anchor,
    string Name,
    string Unit,
    Utf8Html DescriptionHtml,
    string Verdict,
    bool Diverges,
    Utf8Html? ChartHtml,
    IReadOnlyList<ReportRow> Reports);

/// <summary>One outlet's number for a quantity; <paramref name="Conflicts"/> when no other report's range meets it.</summary>
public sealed record ReportRow(
    string OutletName,
    string ArticleUrl,
    string ArticleTitle,
    string Value,
    string AttributedTo,
    string Date,
    string SentenceUrl,
    string Sentence,
    bool Conflicts);
