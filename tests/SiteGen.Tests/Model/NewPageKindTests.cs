using System.Text;
using SiteGen.Build;
using SiteGen.Content;
using SiteGen.Model;
using SiteGen.Model.Pages;
using SiteGen.Model.Views;

namespace SiteGen.Tests.Model;

/// <summary>
/// What adding a kind of page takes: a family that plans its pages, a view, and a template, which this test keeps
/// beside it. The engine's list of families gets one line; nothing else changes.
/// </summary>
public sealed class NewPageKindTests : IDisposable
{
    private readonly string _templates = Path.Combine(Path.GetTempPath(), "sitegen-new-kind-" + Guid.NewGuid().ToString("N"));

    public NewPageKindTests()
    {
        TestContent.CopyFolder(FixtureReport.Report.TemplatesRoot, _templates);
        File.WriteAllText(Path.Combine(_templates, "pages", "author.sbn-html"), """
            <h1>{{ name }}</h1>
            <ul>{{ for article in articles }}<li><a href="{{ article.url }}">{{ article.title }}</a></li>{{ end }}</ul>
            """);
    }

    [Fact]
    public void A_family_a_view_and_a_template_add_a_kind_of_page()
    {
        var builder = new SiteBuilder(FixtureReport.Report.Options(cleanUrls: false), _templates)
        {
            PageFamilies = [.. SiteModelBuilder.Families, site => new AuthorPages(site)],
        };

        var site = builder.BuildInMemory(FixtureReport.Content);

        var authors = FixtureReport.Content.Articles.SelectMany(a => a.Authors).Distinct(StringComparer.Ordinal).ToList();
        authors.ShouldNotBeEmpty("the fixture's articles name their authors");
        var pages = site.Files.Where(f => f.Path.StartsWith("authors/", StringComparison.Ordinal)).ToList();
        pages.Count.ShouldBe(authors.Count);
        var first = authors.Order(StringComparer.Ordinal).First();
        var page = Encoding.UTF8.GetString(pages.Single(p => p.Path == "authors/" + AuthorPages.KeyOf(first) + "/index.html").Content);
        page.ShouldContain("<h1>" + System.Net.WebUtility.HtmlEncode(first) + "</h1>");
        page.ShouldContain("<body class=\"section-authors\">");
        foreach (var article in FixtureReport.Content.Articles.Where(a => a.Authors.Contains(first)))
        {
            page.ShouldContain("href=\"../../articles/" + article.Slug + "/index.html\"");
        }
    }

    public void Dispose() => Directory.Delete(_templates, recursive: true);

    /// <summary>The page kind of the example: one page per author, listing their articles.</summary>
    private static readonly PageKind<AuthorView> Author = new("authors", "authors/");

    /// <summary>The family of the example: a page for each author the articles name.</summary>
    private sealed class AuthorPages(PageContext site) : IPageFamily
    {
        public static string KeyOf(string author) => string.Join('-', author.ToLowerInvariant().Split(' ', StringSplitOptions.RemoveEmptyEntries));

        public void AddTo(List<PlannedPage> plans)
        {
            foreach (var author in site.Content.Articles.SelectMany(a => a.Authors).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal))
            {
                var folder = Author.FolderOf(KeyOf(author));
                plans.Add(new PlannedPage(folder, () => Page(author, folder)));
            }
        }

        private Page Page(string author, string folder)
        {
            var root = SitePaths.RootFrom(folder);
            var articles = site.Content.ArticlesByDate.Where(a => a.Authors.Contains(author)).Select(a => site.Links.Article(a, root)).ToList();
            return Author.Page(folder, author, new AuthorView { Name = author, Articles = articles }, site.Lists.Trail(root));
        }
    }
}
