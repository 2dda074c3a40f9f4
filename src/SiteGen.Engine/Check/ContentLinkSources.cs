using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using SiteGen.Content;
using SiteGen.Markdown;
using SiteGen.Model;

namespace SiteGen.Check;

/// <summary>
/// Where each relative link a writer put in a body stands in its content file, by the page the body is shown on: a
/// broken link from content is reported at the line the writer must fix, not at a line of a built page.
/// </summary>
public sealed class ContentLinkSources
{
    private readonly Dictionary<(string Page, string Url), List<LinkSource>> _sources = [];

    private ContentLinkSources()
    {
    }

    public static ContentLinkSources Of(ContentSet content, SitePaths paths)
    {
        var sources = new ContentLinkSources();
        var bodies = new ContentBodyReader(content.ContentRoot);
        var shownOn = content.Articles.Select(a => ((ContentRecord)a, paths.Article(a)))
            .Concat(content.People.Select(p => ((ContentRecord)p, paths.Person(p))))
            .Concat(content.Outlets.Select(o => ((ContentRecord)o, paths.Outlet(o))))
            .Concat(content.Quantities.Select(q => ((ContentRecord)q, paths.DivergingReports)));
        foreach (var (record, link) in shownOn)
        {
            var page = SitePaths.FolderOf(link) + "index.html";
            var path = Path.Combine(content.ContentRoot, record.File.RelativePath);
            foreach (var inline in BodyRenderer.Parse(bodies.ReadBody(record)).Descendants<LinkInline>())
            {
                if (inline.Url is { Length: > 0 } url)
                {
                    sources.Add(page, url, new LinkSource(path, record.File.BodyStartLine + inline.Line, inline.Column + 1));
                }
            }
        }

        return sources;
    }

    /// <summary>Where the link <paramref name="url"/> on <paramref name="page"/> was written in content, if it was.</summary>
    public IReadOnlyList<LinkSource> Of(string page, string url) =>
        _sources.TryGetValue((page, Normal(url)), out var found) ? found : [];

    private void Add(string page, string url, LinkSource source)
    {
        var key = (page, Normal(url));
        if (!_sources.TryGetValue(key, out var list))
        {
            _sources[key] = list = [];
        }

        list.Add(source);
    }

    /// <summary>A link as written in Markdown and as the page's HTML escapes it compare equal once unescaped.</summary>
    private static string Normal(string url) => Uri.UnescapeDataString(url);
}
