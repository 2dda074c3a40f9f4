namespace SiteGen.Model.Views;

// One record per page kind: exactly the values its template in templates/pages/ binds to.

/// <summary>What the layout wraps around every page.</summary>
public sealed record LayoutView(string Title, string SiteTitle, string Description, string Root, string Home, string Section, string Body);

public sealed record HomeView(
    string SiteTitle,
    string Description,
    int ArticleCount,
    int OutletCount,
    int PersonCount,
    IReadOnlyList<DateGroup> Dates,
    IReadOnlyList<OutletLink> Outlets,
    IReadOnlyList<PersonLink> People);

public sealed record ArticleView(
    string Title,
    string Date,
    string DateIso,
    OutletLink? Outlet,
    string? SourceUrl,
    IReadOnlyList<string> Authors,
    string Summary,
    string Source,
    string BodyHtml,
    IReadOnlyList<PersonLink> People);

/// <summary>The mentions of a person in one article.</summary>
public sealed record PersonArticleView(ArticleLink Article, IReadOnlyList<MentionView> Mentions);

public sealed record PersonView(
    string Name,
    string Role,
    string? Affiliation,
    IReadOnlyList<string> Aliases,
    string BioHtml,
    string Mentions,
    IReadOnlyList<PersonArticleView> Articles);

public sealed record OutletView(
    string Name,
    string? Country,
    string? Url,
    string AboutHtml,
    IReadOnlyList<ArticleLink> Articles);
