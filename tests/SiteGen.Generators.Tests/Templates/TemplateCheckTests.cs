using SiteGen.Tests.Shared;
using System.Collections.Immutable;
using System.Text;
using Microsoft.CodeAnalysis;
using SiteGen.Diagnostics;
using SiteGen.Generators.Templates;
using SiteGen.Model;
using SiteGen.Model.Views;
using SiteGen.Render;

namespace SiteGen.Generators.Tests;

/// <summary>
/// The compiler checks each template against the view record it renders: a template that uses a value, member or
/// partial that does not exist fails the build at its line and column, with the words the renderer uses for it.
/// </summary>
public sealed class TemplateCheckTests : IDisposable
{
    private const string Root = "/site/templates";

    internal static readonly string RepositoryRoot = FindRepositoryRoot();

    private readonly string _folder = Directory.CreateTempSubdirectory("sitegen-template-check-").FullName;

    [Fact]
    public void The_shipped_templates_have_no_problems()
    {
        Check(Templates(Path.Combine(RepositoryRoot, "templates"))).ShouldBeEmpty();
    }

    [Fact]
    public void A_misspelled_value_is_an_error_at_its_line_and_column_with_the_closest_name()
    {
        var templates = Templates(Path.Combine(RepositoryRoot, "templates"));
        var article = templates["pages/article"];
        var at = article.IndexOf("{{ summary }}", StringComparison.Ordinal) + 3;
        templates["pages/article"] = article.Remove(at, "summary".Length).Insert(at, "sumary");

        var problem = Check(templates).ShouldHaveSingleItem();

        var (line, column) = LineAndColumn(templates["pages/article"], at);
        problem.ShouldBe($"{Root}/pages/article.sbn-html({line},{column}): error SG0202: 'sumary' is not a value of ArticleView; did you mean 'summary'?");
    }

    [Theory]
    [InlineData("date.now", "a build must give the same site every time")]
    [InlineData("object.eval_template", "text run as a template escapes the checks")]
    [InlineData("object.eval", "text run as a template escapes the checks")]
    public void A_built_in_that_makes_a_build_unrepeatable_or_unchecked_is_an_error_at_its_place(string call, string why)
    {
        var templates = Templates(Path.Combine(RepositoryRoot, "templates"));
        templates["pages/outlets"] += "{{ " + call + " }}\n";

        var problem = Check(templates).ShouldHaveSingleItem();

        problem.ShouldContain("pages/outlets.sbn-html(");
        problem.ShouldContain($"error SG0202: {call} is not available in SiteGen templates: {why}");
    }

    [Fact]
    public void A_partial_is_checked_with_the_type_of_each_argument_it_is_given()
    {
        var templates = Templates(Path.Combine(RepositoryRoot, "templates"));
        templates["partials/person-list"] = templates["partials/person-list"].Replace("{{ person.name }}", "{{ person.nmae }}", StringComparison.Ordinal);

        Check(templates).ShouldHaveSingleItem().ShouldContain("partials/person-list.sbn-html(3,");
        Check(templates).ShouldHaveSingleItem().ShouldEndWith("error SG0202: 'nmae' is not a value of PersonLink; did you mean 'name'?");
    }

    [Theory]
    [InlineData("{{ for a in articles }}{{ a.title }}{{ if for.first }}{{ for.index }}{{ end }}{{ end }}")]
    [InlineData("{{ for a in articles }}{{ include 'item' }}{{ end }}")]
    [InlineData("{{ articles.size }}{{ name.size }}{{ name | string.upcase }}{{ html.escape name }}")]
    [InlineData("{{ if country }}{{ country }}{{ else if url }}{{ url }}{{ else }}none{{ end }}")]
    [InlineData("{{ for a in articles }}x{{ else }}none{{ end }}{{ articles[0].title }}")]
    [InlineData("{{ count = articles.size }}{{ count }}")]
    public void What_the_renderer_accepts_is_not_a_problem(string page)
    {
        Check(Minimal(page)).ShouldBeEmpty();
    }

    [Theory]
    [InlineData("{{ nmae }}", "(1,4)", "SG0202: 'nmae' is not a value of OutletView; did you mean 'name'?")]
    [InlineData("{{ for a in articles }}{{ a.titel }}{{ end }}", "(1,29)", "SG0202: 'titel' is not a value of ArticleLink; did you mean 'title'?")]
    [InlineData("{{ for a in articles }}{{ for.frist }}{{ end }}", "(1,27)", "SG0201: the template does not parse: The loop variable <for.frist> is not supported")]
    [InlineData("{{ articles.first }}", "(1,13)", "SG0202: 'first' is not a value here: a list (use .size, or a for loop) has no members")]
    [InlineData("{{ name.first }}", "(1,9)", "SG0202: 'first' is not a value here: a text has no members")]
    [InlineData("{{ about_html.size }}", "(1,15)", "SG0202: 'size' is not a value here: a Utf8Html has no members")]
    [InlineData("{{ for a in pager }}x{{ end }}", "(1,13)", "SG0202: 'pager' is a Pager, not a list: a for loop needs a list")]
    [InlineData("{{ include 'iten' }}", "(1,12)", "SG0202: there is no partial 'iten': add partials/iten.sbn-html; did you mean 'item'?")]
    [InlineData("{{ for a in articles }}{{ a.title }}", "(1,", "SG0201: the template does not parse: ")]
    public void A_mistake_is_an_error_at_its_place(string page, string at, string message)
    {
        var problem = Check(Minimal(page)).ShouldHaveSingleItem();
        problem.ShouldStartWith($"{Root}/pages/outlet.sbn-html{at}");
        problem.ShouldContain("error " + message);
    }

    [Fact]
    public void A_value_of_the_caller_used_in_a_partial_is_checked_where_the_partial_uses_it()
    {
        var templates = Minimal("{{ for a in articles }}{{ include 'item' }}{{ end }}");
        templates["partials/item"] = "{{ a.title }} {{ a.titel }}";

        Check(templates).ShouldHaveSingleItem().ShouldBe($"{Root}/partials/item.sbn-html(1,20): error SG0202: 'titel' is not a value of ArticleLink; did you mean 'title'?");
    }

    [Fact]
    public void A_partial_that_includes_itself_is_checked_once()
    {
        var templates = Minimal("{{ include 'item' }}");
        templates["partials/item"] = "{{ name }}{{ include 'item' }}{{ nmae }}";

        Check(templates).ShouldHaveSingleItem().ShouldContain("'nmae' is not a value of OutletView");
    }

    [Fact]
    public void A_page_template_the_site_needs_that_is_missing_is_an_error()
    {
        var templates = Minimal("{{ name }}");
        templates.Remove("pages/article");

        Check(templates).ShouldHaveSingleItem().ShouldBe("error SG0201: there is no template for 'article' pages; add pages/article.sbn-html");
    }

    /// <summary>The renderer, meeting the same mistake on a page, reports it in the same words at the same place.</summary>
    [Theory]
    [InlineData("{{ nmae }}")]
    [InlineData("{{ for a in articles }}{{ a.titel }}{{ end }}")]
    [InlineData("{{ articles.first }}")]
    [InlineData("{{ name.first }}")]
    [InlineData("{{ about_html.size }}")]
    [InlineData("{{ for a in articles }}{{ include 'item' }}{{ end }}", "{{ a.title }} {{ a.nmae }}")]
    [InlineData("{{ for a in articles }}{{ a.title }}")]
    public void The_compiler_and_the_renderer_report_a_mistake_alike(string page, string item = "{{ name }}")
    {
        var templates = Minimal(page);
        templates["partials/item"] = item;
        var compiled = Check(templates).ShouldHaveSingleItem();

        foreach (var (name, text) in templates)
        {
            Directory.CreateDirectory(Path.GetDirectoryName(Path.Combine(_folder, name))!);
            File.WriteAllText(Path.Combine(_folder, name + TemplateSet.Extension), text);
        }

        var view = TestViews.Outlet(articles: [TestViews.Article("T")]);
        var layout = TestViews.Layout();
        var rendered = Should.Throw<SiteBuildException>(() => TemplateSet.Load(_folder).Render(new Page("x/", "T", "outlets", view, []), layout))
            .Errors.ShouldHaveSingleItem().ToString();

        rendered.Replace(_folder, Root, StringComparison.Ordinal).ShouldBe(compiled);
    }

    [Fact]
    public void An_edit_that_leaves_the_views_alone_does_not_check_the_templates_again()
    {
        var files = Templates(Path.Combine(RepositoryRoot, "templates")).Select(t => (AdditionalText)new InMemoryAdditionalText(Root + "/" + t.Key + TemplateSet.Extension, t.Value)).ToList();
        var compilation = GeneratorHarness.Compilation();
        var driver = Driver(files).RunGenerators(compilation);

        var edited = compilation.AddSyntaxTrees(Microsoft.CodeAnalysis.CSharp.CSharpSyntaxTree.ParseText("namespace Sample; internal static class Added;", new Microsoft.CodeAnalysis.CSharp.CSharpParseOptions(Microsoft.CodeAnalysis.CSharp.LanguageVersion.Preview)));
        driver = driver.RunGenerators(edited);

        var steps = driver.GetRunResult().Results.Single().TrackedSteps;
        steps[TemplateGenerator.TrackingNames.Views].SelectMany(s => s.Outputs).ShouldAllBe(o => o.Reason == IncrementalStepRunReason.Unchanged);
        steps[TemplateGenerator.TrackingNames.Template].SelectMany(s => s.Outputs).ShouldAllBe(o => o.Reason == IncrementalStepRunReason.Cached);
    }

    [Fact]
    public void Editing_one_template_re_reads_only_that_file_and_editing_an_article_reads_none()
    {
        var article = GeneratorHarness.File("articles/swap-hundreds-more-pows.md", SampleFiles.Article);
        var files = Templates(Path.Combine(RepositoryRoot, "templates")).Select(t => (AdditionalText)new InMemoryAdditionalText(Root + "/" + t.Key + TemplateSet.Extension, t.Value)).Append(article).ToList();
        var compilation = GeneratorHarness.Compilation();
        var driver = Driver(files).RunGenerators(compilation);

        var person = files.First(f => f.Path.EndsWith("pages/person" + TemplateSet.Extension, StringComparison.Ordinal));
        driver = driver.ReplaceAdditionalText(person, new InMemoryAdditionalText(person.Path, person.GetText()!.ToString() + "<!-- edited -->")).RunGenerators(compilation);
        var read = driver.GetRunResult().Results.Single().TrackedSteps[TemplateGenerator.TrackingNames.Template].SelectMany(s => s.Outputs).Select(o => o.Reason).ToList();
        read.Count(r => r == IncrementalStepRunReason.Modified).ShouldBe(1);
        read.Count(r => r == IncrementalStepRunReason.Cached).ShouldBe(files.Count - 2, "every other template");

        driver = driver.ReplaceAdditionalText(article, GeneratorHarness.File("articles/swap-hundreds-more-pows.md", SampleFiles.Article + "\nA new paragraph.\n")).RunGenerators(compilation);
        var steps = driver.GetRunResult().Results.Single().TrackedSteps;
        steps[TemplateGenerator.TrackingNames.Template].SelectMany(s => s.Outputs).ShouldAllBe(o => o.Reason == IncrementalStepRunReason.Cached);
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    /// <summary>The page templates the views name, each writing its title, and the outlet page as given.</summary>
    private static Dictionary<string, string> Minimal(string outletPage)
    {
        var templates = ViewCatalogue.Read(GeneratorHarness.Compilation()).ViewOfTemplate.Keys.ToDictionary(name => name, _ => "x", StringComparer.Ordinal);
        templates["layout"] = "{{ title }}{{ content }}";
        templates["pages/outlet"] = outletPage;
        templates["partials/item"] = "{{ name }}";
        return templates;
    }

    private static Dictionary<string, string> Templates(string folder) =>
        Directory.EnumerateFiles(folder, "*" + TemplateSet.Extension, SearchOption.AllDirectories)
            .ToDictionary(path => Path.GetRelativePath(folder, path).Replace('\\', '/')[..^TemplateSet.Extension.Length], File.ReadAllText, StringComparer.Ordinal);

    /// <summary>The problems the generator reports, as the compiler prints them (not what it says of templates it leaves to the interpreter).</summary>
    private static List<string> Check(Dictionary<string, string> templates)
    {
        var files = templates.Select(t => (AdditionalText)new InMemoryAdditionalText(Root + "/" + t.Key + TemplateSet.Extension, t.Value)).ToList();
        var result = Driver(files).RunGenerators(GeneratorHarness.Compilation()).GetRunResult().Results.Single();
        return result.Diagnostics.Where(d => d.Severity != DiagnosticSeverity.Info).Select(Printed).ToList();
    }

    private static GeneratorDriver Driver(IEnumerable<AdditionalText> files) =>
        Microsoft.CodeAnalysis.CSharp.CSharpGeneratorDriver.Create(
            [new TemplateGenerator().AsSourceGenerator()],
            files,
            new Microsoft.CodeAnalysis.CSharp.CSharpParseOptions(Microsoft.CodeAnalysis.CSharp.LanguageVersion.Preview),
            new BuildProperties(new Dictionary<string, string> { [TemplateGenerator.TemplatesRootProperty] = Root }),
            new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: true));

    private static string Printed(Diagnostic diagnostic)
    {
        var where = diagnostic.Location == Location.None ? string.Empty
            : $"{diagnostic.Location.GetLineSpan().Path}({diagnostic.Location.GetLineSpan().StartLinePosition.Line + 1},{diagnostic.Location.GetLineSpan().StartLinePosition.Character + 1}): ";
        return $"{where}error {diagnostic.Id}: {diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture)}";
    }

    private static (int Line, int Column) LineAndColumn(string text, int offset)
    {
        var before = text[..offset];
        return (before.Count(c => c == '\n') + 1, offset - (before.LastIndexOf('\n') + 1) + 1);
    }

    private static string FindRepositoryRoot()
    {
        var folder = new DirectoryInfo(AppContext.BaseDirectory);
        while (folder != null && !File.Exists(Path.Combine(folder.FullName, "SiteGen.sln")))
        {
            folder = folder.Parent;
        }

        return folder?.FullName ?? throw new InvalidOperationException("SiteGen.sln not found above " + AppContext.BaseDirectory);
    }
}
