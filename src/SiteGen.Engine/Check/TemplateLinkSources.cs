namespace SiteGen.Check;

/// <summary>
/// Finds the template that writes a link: a template writes the fixed part of an address (<c>assets/site.css</c>,
/// <c>#people</c>) after a value for the way back to the root, so the link's tail is looked for in the templates'
/// text: the page templates first, then the partials, then the layout.
/// </summary>
internal sealed class TemplateLinkSources
{
    // Read when a link is broken, not on every check.
    private readonly Lazy<List<(string Path, string Text)>> _templates;

    public TemplateLinkSources(string templatesRoot)
    {
        var root = Path.GetFullPath(templatesRoot);
        _templates = new(() => [.. new[] { "pages", "partials" }
            .Select(folder => Path.Combine(root, folder))
            .Where(Directory.Exists)
            .SelectMany(folder => Directory.EnumerateFiles(folder).Order(StringComparer.Ordinal))
            .Concat(Directory.Exists(root) ? Directory.EnumerateFiles(root).Order(StringComparer.Ordinal) : [])
            .Select(path => (path, File.ReadAllText(path)))]);
    }

    /// <summary>The template line that writes <paramref name="url"/>, or null when no template holds any fixed part of it.</summary>
    public LinkSource? Of(string url)
    {
        foreach (var part in FixedParts(url))
        {
            foreach (var (path, text) in _templates.Value)
            {
                var at = text.IndexOf(part, StringComparison.Ordinal);
                if (at >= 0)
                {
                    var lineStart = text.LastIndexOf('\n', Math.Max(0, at - 1)) + 1;
                    return new LinkSource(path, text.AsSpan(0, at).Count('\n') + 1, at - lineStart + 1);
                }
            }
        }

        return null;
    }

    /// <summary>The link without its way back to the root, then its anchor alone: the longest fixed text first.</summary>
    private static IEnumerable<string> FixedParts(string url)
    {
        var tail = url;
        while (tail.StartsWith("../", StringComparison.Ordinal) || tail.StartsWith("./", StringComparison.Ordinal))
        {
            tail = tail[(tail.IndexOf('/') + 1)..];
        }

        if (tail.Length > 0)
        {
            yield return tail;
        }

        var hash = url.IndexOf('#');
        if (hash > 0)
        {
            yield return url[hash..];
        }
    }
}
