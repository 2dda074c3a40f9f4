using System.Reflection;
using BenchmarkDotNet.Attributes;
using SiteGen.Build;
using SiteGen.Content;
using SiteGen.Corpus;
using SiteGen.Model;

namespace SiteGen.Benchmarks;

/// <summary>
/// The page stage of a synthetic archive: every page of the plan made from its view and its template, the sample
/// report's templates. The plan is made once; each iteration renders all its pages again.
/// </summary>
[MemoryDiagnoser]
[SimpleJob(launchCount: 1, warmupCount: 1, iterationCount: 5)]
public class PageStageBenchmarks
{
    private string _folder = null!;
    private SitePlan _plan = null!;

    [Params(10_000)]
    public int Articles { get; set; }

    private static string RepositoryRoot =>
        typeof(PageStageBenchmarks).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().First(a => a.Key == "SiteGen.RepositoryRoot").Value!;

    [GlobalSetup]
    public void Setup()
    {
        _folder = Directory.CreateTempSubdirectory("sitegen-page-stage-").FullName;
        new SyntheticCorpus(Articles).Write(_folder);
        var content = new ContentFolderReader(_folder, ReportCollections.All).Read().Content
            ?? throw new InvalidOperationException("the synthetic archive does not read");
        var builder = new SiteBuilder(new SiteOptions("Archive", "A synthetic archive."), Path.Combine(RepositoryRoot, "templates"));
        _plan = builder.Plan(content, new StageTimings());
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
