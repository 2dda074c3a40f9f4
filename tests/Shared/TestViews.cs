using SiteGen.Html;
using SiteGen.Model.Views;

namespace SiteGen.Tests.Shared;

/// <summary>Views for tests that render a template by hand: an outlet's page and the layout around it.</summary>
internal static class TestViews
{
    public static OutletView Outlet(string name = "N", string? country = null, string? url = null, string about = "", IReadOnlyList<ArticleLink>? articles = null, Pager? pager = null) => new()
    {
        Name = name,
        Country = country,
        Url = url,
        AboutHtml = new Utf8Html(System.Text.Encoding.UTF8.GetBytes(about)),
        Articles = articles ?? [],
        Pager = pager,
    };

    public static ArticleLink Article(string title, string url = "u") => new(url, title, "1 June 2025", "2025-06-01", "O", "S");

    /// <summary>The layout of a page one folder below the site root, its links as a build without clean URLs writes them.</summary>
    public static LayoutView Layout(string title = "T", string section = "outlets") => new()
    {
        Title = title,
        SiteTitle = "S",
        Description = "D",
        Root = "../",
        Home = "../index.html",
        DivergingReports = "../diverging-reports/index.html",
        Articles = "../articles/index.html",
        People = "../people/index.html",
        Timeline = "../dates/index.html",
        Figures = "../figures/index.html",
        Outlets = "../outlets/index.html",
        Section = section,
        Breadcrumbs = [],
        Language = "en",
        Previous = null,
        Next = null,
    };
}
