using System.Text;
using System.Text.RegularExpressions;
using SiteGen.Diagnostics;
using SiteGen.Write;

namespace SiteGen.Check;

/// <summary>
/// Verifies a built site before it is published: every internal link and image resolves to a file of the site,
/// and every <c>#anchor</c> to an id on its target page. External addresses are not fetched. A broken link is
/// reported where it was written: in a content file, in a template, or (when neither holds it) on the page.
/// </summary>
internal static partial class SiteChecker
{
    [GeneratedRegex("(?:href|src)=\"(?<url>[^\"]*)\"", RegexOptions.CultureInvariant)]
    private static partial Regex Reference();

    [GeneratedRegex("\\sid=\"(?<id>[^\"]+)\"", RegexOptions.CultureInvariant)]
    private static partial Regex Id();

    [GeneratedRegex("^[a-zA-Z][a-zA-Z0-9+.-]*:", RegexOptions.CultureInvariant)]
    private static partial Regex Scheme();

    /// <param name="siteFolder">Where the site is (or will be) written, so messages name the page.</param>
    /// <param name="content">The links writers put in content, to report a broken one at its file and line.</param>
    /// <param name="templates">The templates, to report a broken link they write at the template.</param>
    public static IReadOnlyList<SiteDiagnostic> Check(IReadOnlyList<OutputFile> files, string siteFolder, ContentLinkSources? content = null, TemplateLinkSources? templates = null)
    {
        var pages = files
            .Where(f => f.Path.EndsWith(".html", StringComparison.Ordinal))
            .ToDictionary(f => f.Path, f => Encoding.UTF8.GetString(f.Content), StringComparer.Ordinal);
        var paths = files.Select(f => f.Path).ToHashSet(StringComparer.Ordinal);
        var ids = pages.ToDictionary(p => p.Key, p => Id().Matches(p.Value).Select(m => m.Groups["id"].Value).ToHashSet(StringComparer.Ordinal), StringComparer.Ordinal);
        var problems = new List<SiteDiagnostic>();
        var reported = new HashSet<SiteDiagnostic>();
        foreach (var (path, html) in pages.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            foreach (Match reference in Reference().Matches(html))
            {
                var url = System.Net.WebUtility.HtmlDecode(reference.Groups["url"].Value);
                if (Scheme().IsMatch(url) || url.StartsWith("//", StringComparison.Ordinal))
                {
                    continue;
                }

                var problem = Problem(path, url, paths, ids);
                if (problem == null)
                {
                    continue;
                }

                var written = content?.Of(path, url) is { Count: > 0 } inContent ? inContent
                    : templates?.Of(url) is { } inTemplate ? [inTemplate]
                    : [new LinkSource(Path.Combine(siteFolder, path), html.AsSpan(0, reference.Index).Count('\n') + 1, 1)];
                foreach (var source in written)
                {
                    var diagnostic = new SiteDiagnostic(source.Path, source.Line, source.Column, SiteErrorIds.BrokenLink, problem + " (on " + path + ")");
                    if (reported.Add(diagnostic))
                    {
                        problems.Add(diagnostic);
                    }
                }
            }
        }

        return problems;
    }

    private static string? Problem(string page, string url, HashSet<string> paths, Dictionary<string, HashSet<string>> ids)
    {
        var hash = url.IndexOf('#');
        var target = hash >= 0 ? url[..hash] : url;
        var fragment = hash >= 0 ? url[(hash + 1)..] : null;
        var file = target.Length == 0 ? page : Resolve(page, target);
        if (file == null || !paths.Contains(file))
        {
            return $"the link '{url}' leads to no page of the site";
        }

        if (fragment is { Length: > 0 } && (!ids.TryGetValue(file, out var anchors) || !anchors.Contains(fragment)))
        {
            return $"the link '{url}' names the anchor '#{fragment}', which {file} does not have";
        }

        return null;
    }

    /// <summary>The site path a relative link from <paramref name="page"/> points at, or null when it leaves the site.</summary>
    private static string? Resolve(string page, string link)
    {
        var parts = page.Split('/').SkipLast(1).ToList();
        foreach (var segment in Uri.UnescapeDataString(link.Split('?')[0]).Split('/'))
        {
            if (segment == "..")
            {
                if (parts.Count == 0)
                {
                    return null;
                }

                parts.RemoveAt(parts.Count - 1);
            }
            else if (segment is not ("." or ""))
            {
                parts.Add(segment);
            }
        }

        var path = string.Join('/', parts);
        return link.EndsWith('/') || path.Length == 0 ? (path.Length == 0 ? "index.html" : path + "/index.html") : path;
    }
}
