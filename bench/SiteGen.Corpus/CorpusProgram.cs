using System.Globalization;

namespace SiteGen.Corpus;

/// <summary>
/// Writes a deterministic synthetic archive in SiteGen's content format (and, on request, the same articles as a Hugo
/// site): <c>dotnet run --project bench/SiteGen.Corpus -- --articles N --out DIR</c>.
/// </summary>
public static class CorpusProgram
{
    public const int Success = 0;
    public const int Refused = 1;
    public const int UsageError = 2;

    public const string Usage = """
        Writes a synthetic archive in SiteGen's content format, for benchmarks and scale tests.

        Usage: dotnet run --project bench/SiteGen.Corpus -- --articles N --out DIR [options]

          --articles N       How many articles to write (required).
          --people N         How many people (default 300).
          --outlets N        How many outlets (default 12).
          --varied-figures   Draw numbers from a wide range, so most appear once (as in real news).
          --seed N           Random seed (default 2025); the same seed writes the same files.
          --out DIR          The content folder to write; it must not exist yet.
          --hugo DIR         Also write the same articles as a Hugo site there, to compare the two generators.
        """;

    public static int Main(string[] args) => Run(args, Console.Out, Console.Error);

    public static int Run(string[] args, TextWriter output, TextWriter errors)
    {
        var options = args.ToList();
        if (options.Contains("--help") || options.Contains("-h"))
        {
            output.WriteLine(Usage);
            return Success;
        }

        int articles, people, outlets, seed;
        string folder;
        string? hugo;
        bool variedFigures;
        try
        {
            articles = Count(options, "--articles") ?? throw new ArgumentException("--articles N is required");
            people = Count(options, "--people") ?? 300;
            outlets = Count(options, "--outlets") ?? 12;
            seed = Count(options, "--seed") ?? 2025;
            folder = Value(options, "--out") ?? throw new ArgumentException("--out DIR is required");
            hugo = Value(options, "--hugo");
            variedFigures = options.Remove("--varied-figures");
            if (options.Count > 0)
            {
                throw new ArgumentException($"unknown argument '{options[0]}'");
            }
        }
        catch (ArgumentException e)
        {
            errors.WriteLine($"corpus: {e.Message}");
            errors.WriteLine(Usage);
            return UsageError;
        }

        foreach (var (name, path) in new[] { ("--out", folder), ("--hugo", hugo) })
        {
            if (path != null && (Directory.Exists(path) || File.Exists(path)))
            {
                errors.WriteLine($"{Path.GetFullPath(path)}: error: the folder already exists; name a new folder with {name}");
                return Refused;
            }
        }

        var files = new SyntheticCorpus(articles, people, outlets, seed, variedFigures).Write(folder, hugo);
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Wrote {files.Count} files ({articles} articles, {people} people) to {Path.GetFullPath(folder)}"));
        return Success;
    }

    private static string? Value(List<string> options, string name)
    {
        var at = options.IndexOf(name);
        if (at < 0)
        {
            return null;
        }

        if (at + 1 >= options.Count || options[at + 1].StartsWith("--", StringComparison.Ordinal) || options[at + 1].Length == 0)
        {
            throw new ArgumentException($"{name} needs a value");
        }

        var value = options[at + 1];
        options.RemoveRange(at, 2);
        return value;
    }

    private static int? Count(List<string> options, string name) =>
        Value(options, name) is not { } text ? null
        : int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value > 0 ? value
        : throw new ArgumentException($"{name} takes a whole number above 0, not '{text}'");
}
