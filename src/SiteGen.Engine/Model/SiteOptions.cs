namespace SiteGen.Model;

/// <summary>Settings of one site build.</summary>
/// <param name="Title">The report's name, shown on every page.</param>
/// <param name="Description">One sentence under the title on the home page.</param>
/// <param name="Language">The pages' language, as an IETF tag.</param>
/// <param name="CleanUrls">Link to folders (<c>people/x/</c>) rather than files (<c>people/x/index.html</c>); for sites served over HTTP.</param>
/// <param name="BaseUrl">
/// Where the site will be published (absolute, ending in '/'). The sitemap needs it and is written only with it;
/// the feed uses it for absolute links and falls back to links relative to itself.
/// </param>
internal sealed record SiteOptions(string Title, string Description, bool CleanUrls = false, Uri? BaseUrl = null, string Language = "en");
