using SiteGen.Model.Views;

namespace SiteGen.Model.Pages;

/// <summary>
/// A kind of page, in one value: the section of the site it belongs to (the navigation's, and the class on the page's
/// body), the folder its pages go to, and its view, whose <see cref="TemplateAttribute"/> names the template.
/// </summary>
/// <param name="Folder">From the site root, ending in '/': the page's own folder for a page of one (<c>people/</c>), the
/// folder that holds one folder per page otherwise (<c>people/</c> holds <c>people/KEY/</c>).</param>
internal sealed record PageKind<TView>(string Section, string Folder)
    where TView : class
{
    /// <summary>The template in <c>templates/pages/</c> that renders the kind, named by its view.</summary>
    public string Template { get; } = TemplateAttribute.PageOf(typeof(TView));

    /// <summary>The folder of the page of <paramref name="key"/>, from the site root: <c>people/KEY/</c>.</summary>
    public string FolderOf(string key) => Folder + key + "/";

    /// <summary>A page of this kind at <paramref name="folder"/>.</summary>
    public Page Page(string folder, string title, TView view, IReadOnlyList<Crumb> trail, Pager? pager = null) =>
        new(folder, title, Section, view, trail, pager);
}

/// <summary>Every kind of page the site has. A section is shared by an index and the pages it lists.</summary>
internal static class PageKinds
{
    public static readonly PageKind<HomeView> Home = new("home", string.Empty);
    public static readonly PageKind<DivergingReportsView> DivergingReports = new("diverging-reports", "diverging-reports/");
    public static readonly PageKind<ArticleIndexView> ArticleIndex = new("articles", "articles/");
    public static readonly PageKind<ArticleView> Article = new("articles", "articles/");
    public static readonly PageKind<PersonIndexView> PersonIndex = new("people", "people/");
    public static readonly PageKind<PersonView> Person = new("people", "people/");
    public static readonly PageKind<TimelineView> Timeline = new("dates", "dates/");
    public static readonly PageKind<DateView> Date = new("dates", "dates/");
    public static readonly PageKind<FigureIndexView> FigureIndex = new("figures", "figures/");
    public static readonly PageKind<FigureView> Figure = new("figures", "figures/");
    public static readonly PageKind<OutletIndexView> OutletIndex = new("outlets", "outlets/");
    public static readonly PageKind<OutletView> Outlet = new("outlets", "outlets/");
}
