using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using SiteGen.Content;
using SiteGen.Markdown;
using SiteGen.Model;

namespace SiteGen.Check;

/// <summary>
/// Where each relative link a writer put in a body stands in its content file, by the page the body is shown on: a
/// broken link from content is reported at the line the writer must fix, not at a line of a built page. A body is
/// read and parsed again only for a page that has a broken link, not for every page the build already rendered.
/// </summary>
internal sealed class ContentLinkSources
{
    private readonly string _contentRoot;
    private readonly ContentBodyReader _bodies;
    private readonly Dictionary<string, List<ContentRecord>> _shownOn;
    private readonly Dictionary<string, Dictionary<string, List<LinkSource>>> _linksOfPage = new(StringComparer.Ordinal);

    private ContentLinkSources(string contentRoot, Dictionary<string, List<ContentRecord>> shownOn)
    {
        _contentRoot = contentRoot;
        _bodies = new ContentBodyReader(contentRoot);
        _shownOn = shownOn;
    }

    public static ContentLinkSources Of(ContentSet content, SitePaths paths)
    {
        var shownOn = content.Articles.Select(a => ((ContentRecord)a, paths.Article(a)))
            .Concat(content.People.Select(p => ((ContentRecord)p, paths.Person(p))))
            .Concat(content.Outlets.Select(o => ((ContentRecord)o, paths.Outlet(o))))
            .Concat(content.Quantities.Select(q => ((ContentRecord)q, paths.DivergingReports)))
            .GroupBy(r => SitePaths.FolderOf(r.Item2) + "index.html", StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Select(r => r.Item1).ToList(), StringComparer.Ordinal);
        return new ContentLinkSources(content.ContentRoot, shownOn);
    }

    /// <summary>Where the link <paramref name="url"/> on <paramref name="page"/> was written in content, if it was.</summary>
    public IReadOnlyList<LinkSource> Of(string page, string url)
    {
        if (!_linksOfPage.TryGetValue(page, out var links))
        {
            _linksOfPage[page] = links = LinksOf(page);
        }

        return links.TryGetValue(Normal(url), out var found) ? found : [];
    }

    /// <summary>The links of the bodies shown on <paramref name="page"/>, by their address.</summary>
    private Dictionary<string, List<LinkSource>> LinksOf(string page)
    {
        var links = new Dictionary<string, List<LinkSource>>(StringComparer.Ordinal);
        foreach (var record in _shownOn.GetValueOrDefault(page) ?? [])
        {
            var path = Path.Combine(_contentRoot, record.File.RelativePath);
            foreach (var inline in BodyConverter.Parse(_bodies.ReadBody(record)).Descendants<LinkInline>())
            {
                if (inline.Url is { Length: > 0 } url)
                {
                    var key = Normal(url);
                    if (!links.TryGetValue(key, out var list))
                    {
                        links[key] = list = [];
                    }

                    list.Add(new LinkSource(path, record.File.BodyStartLine + inline.Line, inline.Column + 1));
                }
            }
        }

        return links;
    }

    /// <summary>A link as written in Markdown and as the page's HTML escapes it compare equal once unescaped.</summary>
    private static string Normal(string url) => Uri.UnescapeDataString(url);
}
