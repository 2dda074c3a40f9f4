using BenchmarkDotNet.Attributes;
using SiteGen.Write;

namespace SiteGen.Benchmarks;

/// <summary>
/// What a rebuild pays to find the files a person added to the output folder: a walk over the previous site, one
/// folder per page as SiteGen writes them, with one added file to find.
/// </summary>
[MemoryDiagnoser]
public class KeptFilesBenchmarks
{
    private readonly HashSet<string> _written = new(StringComparer.Ordinal);
    private string _root = string.Empty;

    /// <summary>Pages in the site: 70,000 is about what 10,000 articles write.</summary>
    [Params(7_000, 70_000)]
    public int Pages { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _root = Directory.CreateTempSubdirectory("sitegen-kept-").FullName;
        string[] kinds = ["articles", "people", "dates", "figures"];
        for (var i = 0; i < Pages; i++)
        {
            var page = $"{kinds[i % kinds.Length]}/{i}/index.html";
            _written.Add(page);
            foreach (var site in new[] { "site", "staged" })
            {
                var path = Path.Combine(_root, site, page);
                Directory.CreateDirectory(Path.GetDirectoryName(path)!);
                File.WriteAllText(path, "page");
            }
        }

        File.WriteAllText(Path.Combine(_root, "site", "CNAME"), "example.org");
    }

    [GlobalCleanup]
    public void Cleanup() => Directory.Delete(_root, recursive: true);

    [Benchmark(Description = "find the files a person added")]
    public int Find() => KeptFiles.Find(Path.Combine(_root, "site"), Path.Combine(_root, "staged"), _written, _written).Count;
}
