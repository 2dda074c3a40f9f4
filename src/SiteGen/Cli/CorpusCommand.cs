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
        var outlets = args.Count("--outlets") ?? 12;
        var seed = args.Count("--seed") ?? 2025;
        var folder = args.Value("--out") ?? throw new UsageException("corpus needs --out DIR");
        var hugo = args.Value("--hugo");
        var variedFigures = args.Flag("--varied-figures");
        args.EnsureNothingLeft();

        if (Directory.Exists(folder) || File.Exists(folder))
        {
            throw new SiteBuildException(new SiteDiagnostic(Path.GetFullPath(folder), 1, 1, SiteErrorIds.OutputRefused,
                "the corpus folder already exists; name a new folder with --out"));
        }

        if (hugo != null && (Directory.Exists(hugo) || File.Exists(hugo)))
        {
            throw new SiteBuildException(new SiteDiagnostic(Path.GetFullPath(hugo), 1, 1, SiteErrorIds.OutputRefused,
                "the Hugo folder already exists; name a new folder with --hugo"));
        }

        var files = new SyntheticCorpus(articles, people, outlets, seed, variedFigures).Write(folder, hugo);
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Wrote {files.Count} files ({articles} articles, {people} people) to {Path.GetFullPath(folder)}"));
        return ExitCodes.Success;
    }
}
