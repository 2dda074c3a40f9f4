using System.Reflection;
using BenchmarkDotNet.Attributes;
using SiteGen.Build;
using SiteGen.Content;
using SiteGen.Corpus;
using SiteGen.Model;

namespace SiteGen.Benchmarks;

/// <summary>
/// The page stage of a synthetic archive: every page of the plan made from its view and its template, the sample
/// report's templates, interpreted or as the sample report's compile made them into C#, and, to tell the templates'
/// share from the views', with templates that write one character. The plan is made once; each iteration renders all
/// its pages again.
/// </summary>
[MemoryDiagnoser]
[SimpleJob(launchCount: 1, warmupCount: 1, iterationCount: 5)]
public class PageStageBenchmarks
{
    private string _folder = null!;
    private SitePlan _plan = null!;

    [Params(10_000)]
    public int Articles { get; set; }

    [Params("interpreted", "compiled", "views only")]
    public string Templates { get; set; } = "interpreted";

    private static string RepositoryRoot =>
        typeof(PageStageBenchmarks).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().First(a => a.Key == "SiteGen.RepositoryRoot").Value!;

    [GlobalSetup]
    public void Setup()
    {
        _folder = Directory.CreateTempSubdirectory("sitegen-page-stage-").FullName;
        new SyntheticCorpus(Articles).Write(_folder);
        var content = new ContentFolderReader(_folder, ReportCollections.All).Read().Content
            ?? throw new InvalidOperationException("the synthetic archive does not read");
        var sample = Path.Combine(RepositoryRoot, "templates");
        var builder = new SiteBuilder(new SiteOptions("Archive", "A synthetic archive."), Templates == "views only" ? OneCharacterTemplates(sample) : sample)
        {
            CompiledTemplates = Templates == "compiled" ? Render.Compiled.CompiledTemplates.Of(typeof(SiteGen.SiteContent).Assembly) : null,
        };
        if (builder.CompiledPageKinds.Count != (Templates == "compiled" ? Directory.GetFiles(Path.Combine(sample, "pages")).Length : 0))
        {
            throw new InvalidOperationException("the sample's compiled templates do not match its templates/: build Report.csproj again");
        }

        _plan = builder.Plan(content, new StageTimings());
        Console.WriteLine($"// pages rendered: {_plan.Pages.Count:N0}, {RenderEveryPage() / 1e6:N1} MB");
    }

    /// <summary>A layout that writes only the page and page templates of one character, named as the sample's.</summary>
    private string OneCharacterTemplates(string sample)
    {
        var folder = Path.Combine(_folder, "one-character-templates");
        Directory.CreateDirectory(Path.Combine(folder, "pages"));
        File.WriteAllText(Path.Combine(folder, "layout.sbn-html"), "{{ content }}");
        foreach (var page in Directory.GetFiles(Path.Combine(sample, "pages")))
        {
            File.WriteAllText(Path.Combine(folder, "pages", Path.GetFileName(page)), "x");
        }

        return folder;
    }

    [GlobalCleanup]
    public void Cleanup() => Directory.Delete(_folder, recursive: true);

    [Benchmark(Description = "every page: view and template")]
    public long RenderEveryPage()
    {
        long bytes = 0;
        foreach (var page in _plan.Pages)
        {
            bytes += _plan.Render(page).Length;
        }

        return bytes;
    }
}
