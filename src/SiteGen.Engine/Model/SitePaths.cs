using SiteGen.Content;
using SiteGen.Extract;
using SiteGen.Model.Pages;

namespace SiteGen.Model;

/// <summary>
/// Where each page lives, relative to the site root. Every page is a folder with an <c>index.html</c>;
/// links name the file too unless <paramref name="cleanUrls"/> is set, so the report also works opened from disk.
/// </summary>
internal sealed class SitePaths(bool cleanUrls)
{
    public string Home => cleanUrls ? "./" : "index.html";

    public string Article(Article article) => Link(PageKinds.Article.FolderOf(article.Slug));

    public string Person(Person person) => Link(PageKinds.Person.FolderOf(person.Key));

    public string Outlet(Outlet outlet) => Link(PageKinds.Outlet.FolderOf(outlet.Key));

    public string Date(DateValue date) => Link(PageKinds.Date.FolderOf(date.Key));

    public string Figure(string key) => Link(PageKinds.Figure.FolderOf(key));

    public string DivergingReports => Link(PageKinds.DivergingReports.Folder);

    /// <summary>The first page of the index of every article; the indexes below likewise.</summary>
    public string Articles => Link(PageKinds.ArticleIndex.Folder);

    public string People => Link(PageKinds.PersonIndex.Folder);

    public string Timeline => Link(PageKinds.Timeline.Folder);

    public string Figures => Link(PageKinds.FigureIndex.Folder);

    public string Outlets => Link(PageKinds.OutletIndex.Folder);

    /// <summary>The prefix that leads from the article's page back to the root.</summary>
    public string RootOf(Article article) => RootFrom(FolderOf(Article(article)));

    /// <summary>The prefix that leads from a page at <paramref name="pageFolder"/> back to the root.</summary>
    public static string RootFrom(string pageFolder) =>
        string.Concat(Enumerable.Repeat("../", pageFolder.Count(c => c == '/')));

    /// <summary>The folder of the page a link points at, e.g. <c>people/x/</c>.</summary>
    public static string FolderOf(string link)
    {
        var folder = link.EndsWith("index.html", StringComparison.Ordinal) ? link[..^"index.html".Length] : link;
        return folder == "./" ? string.Empty : folder;
    }

    /// <summary>The link to the page in <paramref name="folder"/> (e.g. <c>people/x/</c>), from the site root.</summary>
    public string Link(string folder) => cleanUrls ? folder : folder + "index.html";
}
