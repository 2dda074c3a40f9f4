using SiteGen.Content;
using SiteGen.Extract;

namespace SiteGen.Model;

/// <summary>
/// Where each page lives, relative to the site root. Every page is a folder with an <c>index.html</c>;
/// links name the file too unless <paramref name="cleanUrls"/> is set, so the report also works opened from disk.
/// </summary>
internal sealed class SitePaths(bool cleanUrls)
{
    public string Home => cleanUrls ? "./" : "index.html";

    public string Article(Article article) => Link("articles/" + article.Slug + "/");

    public string Person(Person person) => Link("people/" + person.Key + "/");

    public string Outlet(Outlet outlet) => Link("outlets/" + outlet.Key + "/");

    public string Date(DateValue date) => Link("dates/" + date.Key + "/");

    public string Figure(string key) => Link("figures/" + key + "/");

    public string DivergingReports => Link("diverging-reports/");

    /// <summary>The first page of the index of every article; the indexes below likewise.</summary>
    public string Articles => Link("articles/");

    public string People => Link("people/");

    public string Timeline => Link("dates/");

    public string Figures => Link("figures/");

    public string Outlets => Link("outlets/");

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
