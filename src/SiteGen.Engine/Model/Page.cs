using SiteGen.Model.Views;

namespace SiteGen.Model;

/// <summary>One page to render: the file it becomes, the template that renders it and the values it binds to.</summary>
/// <param name="Folder">The page's folder below the site root, ending in '/' (empty for the home page).</param>
/// <param name="Section">The part of the site the page belongs to, for the navigation.</param>
/// <param name="Trail">The breadcrumbs that lead to the page from the home page, the page itself left out.</param>
/// <param name="Pager">For a page of a long list, its links to the list's other pages.</param>
internal sealed record Page(string Folder, string Title, string Section, object View, IReadOnlyList<Crumb> Trail, Pager? Pager = null)
{
    /// <summary>The name of the template in <c>templates/pages/</c>, without extension, that the view's type names.</summary>
    public string Template => TemplateAttribute.PageOf(View.GetType());
}
