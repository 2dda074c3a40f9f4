using System.Collections.Immutable;
using System.Reflection;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using SiteGen.Build;
using SiteGen.Content;
using SiteGen.Corpus;
using SiteGen.Generators.Templates;
using SiteGen.Model;
using SiteGen.Render;
using SiteGen.Render.Compiled;

namespace SiteGen.Generators.Tests;

/// <summary>
/// The templates the generator compiles into C# write every page byte for byte as the interpreter does: the fixture
/// report with its own templates, and a 1,000-article synthetic archive with the sample's.
/// </summary>
public sealed class CompiledTemplateTests : IDisposable
{
    private static readonly string RepositoryRoot = TemplateCheckTests.RepositoryRoot;

    private readonly string _folder = Directory.CreateTempSubdirectory("sitegen-compiled-").FullName;

    [Fact]
    public void Every_page_of_the_fixture_is_the_same_compiled_and_interpreted()
    {
        var templates = Path.Combine(RepositoryRoot, "templates");
        SameBothWays(templates, Read(Path.Combine(RepositoryRoot, "tests", "Fixture", "content")), minimumPages: 50);
    }

    [Fact]
    public void Every_page_of_a_250_article_archive_with_paged_lists_is_the_same_compiled_and_interpreted()
    {
        var content = Path.Combine(_folder, "content");
        new SyntheticCorpus(250).Write(content);
        SameBothWays(Path.Combine(RepositoryRoot, "templates"), Read(content), minimumPages: 250, paged: true);
    }

    [Fact]
    public void Every_shipped_page_template_is_compiled()
    {
        var templates = Path.Combine(RepositoryRoot, "templates");
        var pages = Directory.EnumerateFiles(Path.Combine(templates, "pages"), "*" + TemplateSet.Extension).Select(p => Path.GetFileName(p)[..^TemplateSet.Extension.Length]);

        TemplateSet.Load(templates, Compile(templates)).CompiledPages.Order(StringComparer.Ordinal).ShouldBe(pages.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void A_page_whose_template_changed_since_the_compile_is_interpreted_and_the_others_stay_compiled()
    {
        var templates = Path.Combine(_folder, "templates");
        CopyFolder(Path.Combine(RepositoryRoot, "templates"), templates);
        var compiled = Compile(templates);

        var person = Path.Combine(templates, "pages", "person" + TemplateSet.Extension);
        File.AppendAllText(person, "<!-- edited -->");
        var pagesList = Path.Combine(templates, "partials", "pager" + TemplateSet.Extension);
        File.AppendAllText(pagesList, " ");

        var now = TemplateSet.Load(templates, compiled).CompiledPages;
        now.ShouldNotContain("person");
        now.ShouldNotContain("articles", "it includes the edited partial");
        now.ShouldContain("article");
        now.ShouldContain("diverging-reports");
    }

    [Fact]
    public async Task The_preview_renders_compiled_pages_until_a_template_is_edited_and_then_shows_the_edit()
    {
        var templates = Path.Combine(_folder, "templates");
        var content = Path.Combine(_folder, "content");
        CopyFolder(Path.Combine(RepositoryRoot, "templates"), templates);
        CopyFolder(Path.Combine(RepositoryRoot, "tests", "Fixture", "content"), content);
        var builder = new SiteBuilder(new SiteOptions("A report", "What it is about", CleanUrls: true), templates) { CompiledTemplates = Compile(templates) };
        using var server = new SiteGen.Serve.PreviewServer(new ContentFolderReader(content, ReportCollections.All), builder, [content, templates], port: null, new StringWriter());
        using var stop = new CancellationTokenSource();
        var serving = server.RunAsync(stop.Token);
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(30) };

        (await http.GetStringAsync(server.Address)).ShouldContain("<html");
        builder.CompiledPageKinds.ShouldContain("home");

        var layout = Path.Combine(templates, "layout" + TemplateSet.Extension);
        File.WriteAllText(layout, File.ReadAllText(layout).Replace("</footer>", "<p>Edited while previewing.</p></footer>", StringComparison.Ordinal));
        var clock = System.Diagnostics.Stopwatch.StartNew();
        string page;
        do
        {
            await Task.Delay(100);
            page = await http.GetStringAsync(server.Address);
        }
        while (!page.Contains("Edited while previewing.", StringComparison.Ordinal) && clock.Elapsed < TimeSpan.FromSeconds(20));

        page.ShouldContain("Edited while previewing.");
        builder.CompiledPageKinds.ShouldBeEmpty("the layout every page reads was edited");
        stop.Cancel();
        await serving;
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    /// <summary>The templates in <paramref name="root"/> as the generator compiles them, loaded like a report's assembly.</summary>
    internal static CompiledTemplates Compile(string root)
    {
        var sources = Directory.EnumerateFiles(root, "*" + TemplateSet.Extension, SearchOption.AllDirectories)
            .Select(path => TemplateSource.Of(path, root, File.ReadAllText(path)))
            .ToImmutableArray();
        var compilation = GeneratorHarness.Compilation(string.Empty);
        var (diagnostics, source) = TemplateGenerator.Compile(sources, ViewCatalogue.Read(compilation));
        diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).ShouldBeEmpty();
        source.ShouldNotBeNull(string.Join("\n", diagnostics));

        var withTemplates = compilation.AddSyntaxTrees(CSharpSyntaxTree.ParseText(source, new CSharpParseOptions(LanguageVersion.Preview), path: TemplateGenerator.SourceName));
        using var assembly = new MemoryStream();
        var emitted = withTemplates.Emit(assembly);
        emitted.Success.ShouldBeTrue(string.Join("\n", emitted.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error)));
        return CompiledTemplates.Of(Assembly.Load(assembly.ToArray())).ShouldNotBeNull();
    }

    /// <summary>What the generator says of the templates in <paramref name="root"/> that is not an error, as the compiler prints it.</summary>
    internal static IEnumerable<string> Information(string root)
    {
        var sources = Directory.EnumerateFiles(root, "*" + TemplateSet.Extension, SearchOption.AllDirectories)
            .Select(path => TemplateSource.Of(path, root, File.ReadAllText(path)))
            .ToImmutableArray();
        var (diagnostics, _) = TemplateGenerator.Compile(sources, ViewCatalogue.Read(GeneratorHarness.Compilation(string.Empty)));
        return diagnostics.Select(d => d.ToString());
    }

    /// <param name="paged">Whether the site must have lists long enough to be paged (a <c>page/2/</c> of some page).</param>
    private static void SameBothWays(string templates, ContentSet content, int minimumPages, bool paged = false)
    {
        var options = new SiteOptions("A report", "What it is about");
        var interpreted = new SiteBuilder(options, templates).BuildInMemory(content).Files;
        var compiled = new SiteBuilder(options, templates) { CompiledTemplates = Compile(templates) }.BuildInMemory(content).Files;

        interpreted.Count(f => f.Path.EndsWith(".html", StringComparison.Ordinal)).ShouldBeGreaterThanOrEqualTo(minimumPages);
        if (paged)
        {
            interpreted.Select(f => f.Path).ShouldContain(path => path.Contains("/page/2/", StringComparison.Ordinal));
        }

        compiled.Select(f => f.Path).ShouldBe(interpreted.Select(f => f.Path));
        for (var i = 0; i < interpreted.Count; i++)
        {
            if (!compiled[i].Content.AsSpan().SequenceEqual(interpreted[i].Content))
            {
                System.Text.Encoding.UTF8.GetString(compiled[i].Content).ShouldBe(System.Text.Encoding.UTF8.GetString(interpreted[i].Content), interpreted[i].Path);
            }
        }
    }

    private static ContentSet Read(string root)
    {
        var read = new ContentFolderReader(root, ReportCollections.All).Read();
        return read.Content ?? throw new InvalidOperationException(string.Join("\n", read.Problems));
    }

    private static void CopyFolder(string from, string to)
    {
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }
}
