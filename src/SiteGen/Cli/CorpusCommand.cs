using System.Globalization;
using SiteGen.Build;
using SiteGen.Corpus;

namespace SiteGen.Cli;

/// <summary><c>corpus</c>: writes a deterministic synthetic archive for benchmarks.</summary>
public static class CorpusCommand
{
    public static int Run(Arguments args, TextWriter output)
    {
        var articles = args.Count("--articles") ?? throw new UsageException("corpus needs --articles N");
        var people = args.Count("--people") ?? 300;
        var seed = args.Count("--seed") ?? 2025;
        var folder = args.Value("--out") ?? throw new UsageException("corpus needs --out DIR");
        args.EnsureNothingLeft();

        if (Directory.Exists(folder) || File.Exists(folder))
        {
            throw new SiteBuildException(new SiteDiagnostic(Path.GetFullPath(folder), 1, 1, SiteErrorIds.OutputRefused,
                "the corpus folder already exists; name a new folder with --out"));
        }

        var files = new SyntheticCorpus(articles, people, seed: seed).Write(folder);
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Wrote {files.Count} files ({articles} articles, {people} people) to {Path.GetFullPath(folder)}"));
        return ExitCodes.Success;
    }
}
