using System.Text;
using SiteGen.Content;
using SiteGen.CrossReference;
using SiteGen.Markdown;
using SiteGen.Model;
using SiteGen.Model.Views;
using SiteGen.Render;
using SiteGen.Write;

namespace SiteGen.Build;

/// <summary>
/// Builds a site from compiled content: read bodies → render Markdown and cross-reference → page models →
/// templates → files. Every stage finishes before anything is written, so errors never leave a half-written site.
/// </summary>
public sealed class SiteBuilder(SiteOptions options, string templatesFolder)
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    public RenderedSite Render(ContentSet content)
    {
        var templates = TemplateSet.Load(templatesFolder);
        var bodies = ReadBodies(content);
        var paths = new SitePaths(options.CleanUrls);
        var names = new NameMatcher(content.People);
        const string fromArticle = "../../";
        var urls = new EntityUrls(
            person => fromArticle + paths.Person(person),
            date => fromArticle + paths.Date(date),
            figure => fromArticle + paths.Figure(figure.Key));
        var renderer = new BodyRenderer(new SentenceLinker(new SentenceAnalyzer(names), urls));
        var articleBodies = content.Articles.ToDictionary(
            a => a,
            a => renderer.RenderArticle(bodies[a], a, a.File.BodyStartLine),
            ReferenceEqualityComparer.Instance as IEqualityComparer<Article>);
        var index = new CrossReferenceIndex(articleBodies, content.Quantities, names);
        var model = new SiteModelBuilder(content, index, bodies, options);
        var pages = model.Build();

        var files = new List<OutputFile>(pages.Count + 8);
        foreach (var page in pages)
        {
            var root = SitePaths.RootFrom(page.Folder);
            var layout = new LayoutView(page.Title, options.Title, options.Description, root, root + paths.Home, root + paths.DivergingReports, page.Section, string.Empty);
            files.Add(new OutputFile(page.OutputPath, Utf8.GetBytes(templates.Render(page, layout))));
        }

        files.Add(new OutputFile(CrossReferenceExport.Path, CrossReferenceExport.Write(content, index, model.Comparisons)));
        files.AddRange(Assets(templates.AssetsFolder));
        return new RenderedSite(files, content.Articles.Count, content.People.Count, content.Outlets.Count, pages.Count, Warnings(content, index));
    }

    /// <summary>One warning per unknown name and article, at the first sentence that uses it.</summary>
    private static List<SiteDiagnostic> Warnings(ContentSet content, CrossReferenceIndex index) =>
        index.UnknownNames
            .GroupBy(u => (u.Name, u.Sentence.Article.Slug))
            .Select(g => g.First())
            .Select(u => new SiteDiagnostic(
                Path.Combine(content.ContentRoot, u.Sentence.Article.File.RelativePath),
                u.Sentence.Line,
                1,
                SiteErrorIds.UnknownPerson,
                $"'{u.Name}' looks like a person's name but is in no file of people/; add people/{Slug(u.Name)}.md (with every spelling as an alias) so the name gets a page",
                IsWarning: true))
            .ToList();

    private static string Slug(string name) =>
        string.Join('-', name.ToLowerInvariant().Split(' ', StringSplitOptions.RemoveEmptyEntries)).Replace("'", string.Empty).Replace("’", string.Empty);

    public RenderedSite Build(ContentSet content, string outputFolder)
    {
        var site = Render(content);
        SiteWriter.Write(outputFolder, site.Files);
        return site;
    }

    /// <summary>Reads every body, gathering all problems before stopping so a writer sees them in one run.</summary>
    private static Dictionary<ContentRecord, string> ReadBodies(ContentSet content)
    {
        var reader = new ContentBodyReader(content.ContentRoot);
        var bodies = new Dictionary<ContentRecord, string>(ReferenceEqualityComparer.Instance as IEqualityComparer<ContentRecord>);
        var errors = new List<SiteDiagnostic>();
        foreach (var record in content.Articles.Cast<ContentRecord>().Concat(content.People).Concat(content.Outlets).Concat(content.Quantities))
        {
            try
            {
                bodies.Add(record, reader.ReadBody(record));
            }
            catch (SiteBuildException e)
            {
                errors.AddRange(e.Errors);
            }
        }

        return errors.Count > 0 ? throw new SiteBuildException(errors) : bodies;
    }

    private static IEnumerable<OutputFile> Assets(string folder) =>
        Directory.Exists(folder)
            ? Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
                .Order(StringComparer.Ordinal)
                .Select(f => new OutputFile("assets/" + Path.GetRelativePath(folder, f).Replace(Path.DirectorySeparatorChar, '/'), File.ReadAllBytes(f)))
            : [];
}
