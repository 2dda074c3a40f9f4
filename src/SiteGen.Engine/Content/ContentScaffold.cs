using System.Globalization;
using System.Text;
using SiteGen.Diagnostics;
using SiteGen.FrontMatter;

namespace SiteGen.Content;

/// <summary>
/// Starts a new content file with the front matter its collection needs, named after its title. Fields only a writer
/// can fill are left empty, so the build points at each of them until they are written.
/// </summary>
internal sealed class ContentScaffold(string contentRoot)
{
    public string NewArticle(string title, DateOnly today)
    {
        var slug = SlugOf("articles", title);
        return Write("articles", slug, $"""
            title: {Quoted(title)}
            slug: {slug}
            date: {today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}
            # outlet: key of a file in content/outlets/ (leave out when the source does not name the outlet)
            # url: https://… (the original article, when the source gives it)
            authors: []
            summary: ""   # one sentence saying what the article reports
            source: ""    # where this text came from, and what was left out
            people: []
            """, "Write the article here, in the reporter's words.\n");
    }

    public string NewPerson(string name) => Write("people", SlugOf("people", name), $"""
        name: {Quoted(name)}
        aliases: []   # every other spelling the articles use
        role: ""      # the position the reports give
        """, "A short biography.\n");

    public string NewOutlet(string name) => Write("outlets", SlugOf("outlets", name), $"""
        name: {Quoted(name)}
        # country: where it is based, when the sources say
        # url: its home page
        """, "What the outlet is.\n");

    private string Write(string folder, string key, string frontMatter, string body)
    {
        var path = Path.Combine(contentRoot, folder, key + ".md");
        if (File.Exists(path))
        {
            throw new SiteBuildException(new SiteDiagnostic(path, 1, 1, SiteErrorIds.ContentExists,
                "this file already exists; edit it, or choose another title"));
        }

        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        using (var file = new FileStream(path, FileMode.CreateNew, FileAccess.Write))
        using (var writer = new StreamWriter(file))
        {
            writer.Write("---\n" + frontMatter.TrimEnd() + "\n---\n\n" + body);
        }

        return path;
    }

    /// <summary>
    /// The longest file name <c>new</c> makes from a title, cut at a word: file systems refuse names past 255 bytes, and
    /// a whole sentence in a page's address helps no reader.
    /// </summary>
    public const int LongestSlug = 80;

    private string SlugOf(string folder, string title)
    {
        var slug = Slug.Suggest(title);
        if (slug.Length > LongestSlug)
        {
            var cut = slug.LastIndexOf('-', LongestSlug);
            slug = slug[..(cut > 0 ? cut : LongestSlug)];
        }

        return slug.Length > 0
            ? slug
            : throw new SiteBuildException(new SiteDiagnostic(Path.Combine(contentRoot, folder), 1, 1, SiteErrorIds.ContentExists,
                "the title has no letters or digits to make a file name from; give a title with some in it"));
    }

    /// <summary><paramref name="text"/> as a double-quoted YAML scalar, whatever it holds.</summary>
    public static string Quoted(string text)
    {
        var quoted = new StringBuilder(text.Length + 2).Append('"');
        foreach (var c in text)
        {
            _ = c switch
            {
                '\\' => quoted.Append("\\\\"),
                '"' => quoted.Append("\\\""),
                '\n' => quoted.Append("\\n"),
                '\r' => quoted.Append("\\r"),
                '\t' => quoted.Append("\\t"),
                _ when char.IsControl(c) => quoted.Append(CultureInfo.InvariantCulture, $"\\u{(int)c:X4}"),
                _ => quoted.Append(c),
            };
        }

        return quoted.Append('"').ToString();
    }
}
