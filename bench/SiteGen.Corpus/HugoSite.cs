namespace SiteGen.Corpus;

/// <summary>
/// The configuration and minimal layouts of a Hugo site for the synthetic archive: an article page, lists, and
/// taxonomy pages for people, outlets and years, so Hugo does comparable work to SiteGen on the same articles.
/// </summary>
public static class HugoSite
{
    private static readonly (string Path, string Text)[] Files =
    [
        ("hugo.toml", """
            baseURL = "http://127.0.0.1/"
            title = "Synthetic archive"
            disableKinds = ["RSS", "sitemap", "robotsTXT", "404"]
            [taxonomies]
            person = "people"
            outlet = "outlets"
            year = "years"
            [markup.goldmark.renderer]
            unsafe = false
            """),
        ("layouts/_default/baseof.html", """
            <!DOCTYPE html>
            <html lang="en"><head><meta charset="utf-8"><title>{{ .Title }} · {{ .Site.Title }}</title></head>
            <body><header><a href="{{ "/" | relURL }}">{{ .Site.Title }}</a></header><main>{{ block "main" . }}{{ end }}</main></body></html>
            """),
        ("layouts/_default/single.html", """
            {{ define "main" }}<article><h1>{{ .Title }}</h1><p><time>{{ .Date.Format "2 January 2006" }}</time></p>
            {{ .Content }}
            <ul>{{ range .GetTerms "people" }}<li><a href="{{ .RelPermalink }}">{{ .LinkTitle }}</a></li>{{ end }}</ul>
            <ul>{{ range .GetTerms "outlets" }}<li><a href="{{ .RelPermalink }}">{{ .LinkTitle }}</a></li>{{ end }}</ul></article>{{ end }}
            """),
        ("layouts/_default/list.html", """
            {{ define "main" }}<h1>{{ .Title }}</h1><ul>{{ range .Pages }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a> {{ .Date.Format "2006-01-02" }}</li>{{ end }}</ul>{{ end }}
            """),
        ("layouts/_default/taxonomy.html", """
            {{ define "main" }}<h1>{{ .Title }}</h1><ul>{{ range .Data.Terms.ByCount }}<li><a href="{{ .Page.RelPermalink }}">{{ .Page.Title }}</a> {{ .Count }}</li>{{ end }}</ul>{{ end }}
            """),
        ("layouts/_default/term.html", """
            {{ define "main" }}<h1>{{ .Title }}</h1><ul>{{ range .Pages }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a></li>{{ end }}</ul>{{ end }}
            """),
        ("layouts/index.html", """
            {{ define "main" }}<h1>{{ .Site.Title }}</h1><ul>{{ range .Site.RegularPages.ByDate }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a></li>{{ end }}</ul>{{ end }}
            """),
    ];

    public static IEnumerable<string> WriteSkeleton(string root)
    {
        foreach (var (path, text) in Files)
        {
            var full = Path.Combine(root, path);
            Directory.CreateDirectory(Path.GetDirectoryName(full)!);
            File.WriteAllText(full, text + "\n");
            yield return full;
        }
    }
}
