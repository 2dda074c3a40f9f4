using System.Diagnostics;
using System.Globalization;
using SiteGen.Build;

namespace SiteGen.Cli;

/// <summary>Parses the command line and runs the command; every failure is a message and an exit code, never a stack trace.</summary>
public static class CommandLine
{
    public const string Usage = """
        SiteGen builds a cross-referenced static HTML report from the Markdown content compiled into it.

        Usage:
          dotnet run --project src/SiteGen [-- build [options]]
          dotnet run --project src/SiteGen -- corpus --articles N --out DIR
          dotnet run --project src/SiteGen -- help

        Commands:
          build      Build the report (the default command).
          corpus     Write a synthetic archive in SiteGen's format, for benchmarks.
          help       Show this text.

        Options of build:
          --out DIR          Write the site to DIR (default: _site). DIR must be new, empty or an earlier SiteGen output.
          --templates DIR    Use the templates in DIR (default: the templates/ folder the program was compiled with).
          --clean-urls       Link to folders (people/x/) instead of files (people/x/index.html); for sites served over HTTP.
          --open             Open the report in the default browser after building.
          -h, --help         Show this text.

        Options of corpus:
          --articles N       How many articles to write (required).
          --people N         How many people (default 300).
          --seed N           Random seed (default 2025); the same seed writes the same files.
          --out DIR          The content folder to write; it must not exist yet.

        Exit codes: 0 built, 1 content or template errors (printed as path(line,col): error SGnnnn: ...), 2 usage errors.
        """;

    public static int Run(string[] args, TextWriter output, TextWriter errors)
    {
        BuildRequest request;
        try
        {
            request = Parse(args);
        }
        catch (UsageException e)
        {
            errors.WriteLine("error: " + e.Message);
            errors.WriteLine("Run 'dotnet run --project src/SiteGen -- --help' for usage.");
            return ExitCodes.UsageError;
        }

        if (request.ShowHelp)
        {
            output.WriteLine(Usage);
            return ExitCodes.Success;
        }

        return request.Corpus is { } corpus ? RunCorpus(corpus, request.Out, output, errors) : RunBuild(request, output, errors);
    }

    private static int RunBuild(BuildRequest request, TextWriter output, TextWriter errors)
    {
        var clock = Stopwatch.StartNew();
        RenderedSite site;
        try
        {
            var builder = new SiteBuilder(ReportSettings.Options(request.CleanUrls), request.Templates ?? ReportSettings.TemplatesRoot);
            site = builder.Build(SiteContent.All, request.Out);
        }
        catch (SiteBuildException e)
        {
            foreach (var error in e.Errors)
            {
                errors.WriteLine(error);
            }

            errors.WriteLine($"Build failed: {e.Errors.Count} error(s). Nothing was written; the previous site, if any, is unchanged.");
            return ExitCodes.ContentErrors;
        }

        foreach (var warning in site.Warnings)
        {
            errors.WriteLine(warning);
        }

        var index = Path.GetFullPath(Path.Combine(request.Out, "index.html"));
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"Built {site.Pages} pages ({site.Articles} articles, {site.People} people, {site.Outlets} outlets), {site.Files.Count} files, {site.Warnings.Count} warning(s) in {clock.Elapsed.TotalSeconds:0.00} s."));
        output.WriteLine("Open " + index);
        if (request.Open)
        {
            BrowserLauncher.Open(index, output);
        }

        return ExitCodes.Success;
    }

    private static int RunCorpus(CorpusRequest corpus, string folder, TextWriter output, TextWriter errors)
    {
        if (Directory.Exists(folder) || File.Exists(folder))
        {
            errors.WriteLine($"{Path.GetFullPath(folder)}(1,1): error SG0301: the corpus folder already exists; name a new folder with --out");
            return ExitCodes.ContentErrors;
        }

        var files = new Corpus.SyntheticCorpus(corpus.Articles, corpus.People, seed: corpus.Seed).Write(folder);
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Wrote {files.Count} files ({corpus.Articles} articles, {corpus.People} people) to {Path.GetFullPath(folder)}"));
        return ExitCodes.Success;
    }

    private static BuildRequest Parse(string[] args)
    {
        var request = new BuildRequest();
        var i = 0;
        if (args.Length > 0 && !args[0].StartsWith('-'))
        {
            switch (args[0])
            {
                case "build":
                    break;
                case "help":
                    return request with { ShowHelp = true };
                case "corpus":
                    return ParseCorpus(args);
                default:
                    throw new UsageException($"unknown command '{args[0]}'; the commands are build, corpus and help");
            }

            i = 1;
        }

        for (; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "-h" or "--help":
                    return request with { ShowHelp = true };
                case "--out":
                    request = request with { Out = Value(args, ref i) };
                    break;
                case "--templates":
                    request = request with { Templates = Value(args, ref i) };
                    break;
                case "--clean-urls":
                    request = request with { CleanUrls = true };
                    break;
                case "--open":
                    request = request with { Open = true };
                    break;
                default:
                    throw new UsageException($"unknown option '{args[i]}'");
            }
        }

        return request;
    }

    private static BuildRequest ParseCorpus(string[] args)
    {
        int? articles = null;
        var people = 300;
        var seed = 2025;
        string? folder = null;
        for (var i = 1; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "-h" or "--help":
                    return new BuildRequest(ShowHelp: true);
                case "--articles":
                    articles = Count(args, ref i);
                    break;
                case "--people":
                    people = Count(args, ref i);
                    break;
                case "--seed":
                    seed = Count(args, ref i);
                    break;
                case "--out":
                    folder = Value(args, ref i);
                    break;
                default:
                    throw new UsageException($"unknown option '{args[i]}' for corpus");
            }
        }

        return new BuildRequest(
            Out: folder ?? throw new UsageException("corpus needs --out DIR"),
            Corpus: new CorpusRequest(articles ?? throw new UsageException("corpus needs --articles N"), people, seed));
    }

    private static int Count(string[] args, ref int i)
    {
        var option = args[i];
        var text = Value(args, ref i);
        return int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value > 0
            ? value
            : throw new UsageException($"{option} takes a whole number above 0, not '{text}'");
    }

    private static string Value(string[] args, ref int i)
    {
        if (i + 1 >= args.Length || args[i + 1].StartsWith("--", StringComparison.Ordinal) || args[i + 1].Length == 0)
        {
            throw new UsageException($"{args[i]} needs a value");
        }

        return args[++i];
    }

    private sealed record BuildRequest(string Out = "_site", string? Templates = null, bool CleanUrls = false, bool Open = false, bool ShowHelp = false, CorpusRequest? Corpus = null);

    private sealed record CorpusRequest(int Articles, int People, int Seed);

    private sealed class UsageException(string message) : Exception(message);
}
