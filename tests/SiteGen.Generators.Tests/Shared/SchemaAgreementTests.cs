using System.Runtime.Loader;
using System.Text.Json;
using Microsoft.CodeAnalysis;
using SiteGen.Content;
using SiteGen.Corpus;

namespace SiteGen.Generators.Tests;

/// <summary>
/// The records are read two ways: the generator reads the record types through Roslyn and compiles every file into the
/// report (what <c>build</c> uses), and the run-time reader reads them by reflection (what <c>serve</c> and
/// <c>check</c> use, so an edit shows without compiling). Both must give the same records for the same files.
/// </summary>
public sealed class SchemaAgreementTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("sitegen-schema-agreement-").FullName;

    [Fact]
    public void The_compiled_records_of_the_fixture_report_equal_the_records_read_at_run_time() =>
        SameBothWays(Path.Combine(TemplateCheckTests.RepositoryRoot, "tests", "Fixture", "content"), minimumArticles: 5);

    [Fact]
    public void The_compiled_records_of_a_synthetic_archive_equal_the_records_read_at_run_time()
    {
        var root = Path.Combine(_folder, "content");
        new SyntheticCorpus(1_000, people: 60, variedFigures: true).Write(root);
        SameBothWays(root, minimumArticles: 1_000);
    }

    [Fact]
    public void A_difference_between_the_two_is_found()
    {
        var article = SampleFiles.Article;
        var compiled = Records(Compile("/site/content", SampleFiles.All(article)));
        var read = Records(Compile("/site/content", SampleFiles.All(article.Replace("307 more prisoners", "308 more prisoners", StringComparison.Ordinal))));
        read.ShouldNotBe(compiled);
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private static void SameBothWays(string contentRoot, int minimumArticles)
    {
        var files = Directory.EnumerateFiles(contentRoot, "*.md", SearchOption.AllDirectories)
            .Select(path => (AdditionalText)new InMemoryAdditionalText(path, File.ReadAllText(path)))
            .ToList();
        var compiled = Compile(contentRoot, files);
        var read = new ContentFolderReader(contentRoot, ReportCollections.All).Read();
        read.Problems.Where(p => !p.IsWarning).ShouldBeEmpty();
        var atRunTime = read.Content.ShouldNotBeNull();

        atRunTime.Articles.Count.ShouldBeGreaterThanOrEqualTo(minimumArticles);
        atRunTime.People.Count.ShouldBeGreaterThan(0);
        compiled.ContentRoot.ShouldBe(atRunTime.ContentRoot);
        Records(compiled).ShouldBe(Records(atRunTime));
    }

    /// <summary>Each record of each collection as JSON, in the order of its collection: lists compared item by item.</summary>
    private static List<string> Records(ContentSet content) =>
        content.Articles.Cast<ContentRecord>().Concat(content.People).Concat(content.Outlets).Concat(content.Quantities)
            .Select(record => record.GetType().Name + " " + JsonSerializer.Serialize(record, record.GetType()))
            .ToList();

    /// <summary>The content compiled by the generator into a report's <c>SiteContent</c>, loaded and read back.</summary>
    private static ContentSet Compile(string contentRoot, IEnumerable<AdditionalText> files)
    {
        var catalogue = File.ReadAllText(Path.Combine(TemplateCheckTests.RepositoryRoot, "src", "SiteGen.Report", "SiteContent.cs"));
        GeneratorHarness.Driver(files, contentRoot)
            .RunGeneratorsAndUpdateCompilation(GeneratorHarness.Compilation(catalogue), out var output, out var diagnostics);
        diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).ShouldBeEmpty();
        using var image = new MemoryStream();
        var emitted = output.Emit(image);
        emitted.Success.ShouldBeTrue(string.Join("\n", emitted.Diagnostics));
        image.Position = 0;
        var assembly = new AssemblyLoadContext(null, isCollectible: true).LoadFromStream(image);
        return (ContentSet)assembly.GetType("SiteGen.SiteContent")!.GetProperty("All")!.GetValue(null)!;
    }
}
