namespace SiteGen.Model;

/// <summary>A page the site will have: where it goes, known at once, and its model, made when <see cref="Create"/> is called.</summary>
/// <param name="Folder">The page's folder below the site root, ending in '/' (empty for the home page).</param>
internal sealed record PlannedPage(string Folder, Func<Page> Create)
{
    public string OutputPath => Folder + "index.html";
}
