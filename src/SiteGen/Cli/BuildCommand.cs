using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using SiteGen.Build;
using SiteGen.Settings;
using static SiteGen.Cli.CommandOutput;

namespace SiteGen.Cli;

/// <summary><c>build</c>, also what <c>sitegen</c> does without a command: compiles the report and writes the site.</summary>
internal sealed class BuildCommand(CommandContext context)
{
    private readonly Option<string> _out = CommonOptions.Folder("--out", "Write the site to DIR. DIR must be new, empty or an earlier SiteGen output.", "_site");
    private readonly Option<string?> _templates = CommonOptions.Templates();
    private readonly Option<bool> _cleanUrls = CommonOptions.CleanUrls();
    private readonly Option<Uri?> _baseUrl = CommonOptions.BaseUrl();
    private readonly Option<bool> _open = new("--open") { Description = "Open the report in the default browser after building." };
    private readonly Option<bool> _timings = CommonOptions.Timings("and the garbage collector");

    public Command Command()
    {
        var command = new Command("build", "Compile the report's content (a mistake is an error at its file and line) and build the site (the default command).");
        AddTo(command);
        return command;
    }

    /// <summary>Gives <paramref name="command"/> build's options and makes it build.</summary>
    public void AddTo(Command command)
    {
        foreach (var option in new Option[] { _out, _templates, _cleanUrls, _baseUrl, _open, _timings })
        {
            command.Options.Add(option);
        }

        command.SetAction(Run);
    }

    private int Run(ParseResult parsed)
    {
        var (report, output, errors, _) = context;
        var folder = parsed.GetValue(_out)!;
        report = report.WithTemplates(parsed.GetValue(_templates));
        var cleanUrls = parsed.GetValue(_cleanUrls);
        var baseUrl = parsed.GetValue(_baseUrl);
        var open = parsed.GetValue(_open);
        var timings = parsed.GetValue(_timings);

        Report(report.Settings.Problems, errors);
        if (report.Settings.HasErrors)
        {
            errors.WriteLine("Build failed: fix the errors above in " + ReportSettings.FileName + ".");
            return ExitCodes.ContentErrors;
        }

        var clock = Stopwatch.StartNew();
        var options = report.Options(cleanUrls, baseUrl);
        var content = report.Content();
        var builder = new SiteBuilder(options, report.TemplatesRoot, report.StaticRoot) { Progress = ProgressTo(output), CompiledTemplates = report.CompiledTemplates() };
        var site = builder.Build(content, folder);
        EndProgress(output);

        Report(site.Warnings, errors);
        var index = Path.GetFullPath(Path.Combine(folder, "index.html"));
        output.WriteLine(Summary("Built", site, site.Warnings.Count, clock));
        output.WriteLine("Open " + index);
        if (options.BaseUrl is null)
        {
            output.WriteLine("No sitemap.xml: sitemaps need absolute addresses; set base_url in " + ReportSettings.FileName + " (or pass --base-url https://…) to where the report is published to write one.");
        }

        if (timings)
        {
            foreach (var stage in site.Timings)
            {
                output.WriteLine(stage);
            }

            var compiled = builder.CompiledPageKinds;
            output.WriteLine("  templates compiled for " + (compiled.Count == 0 ? "no page kind: all interpreted" : string.Join(", ", compiled.Order(StringComparer.Ordinal)) + "; the other kinds interpreted"));

            // How much of that the garbage collector took, which on large archives is much of it.
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"  {"garbage collection pauses",-26} {GC.GetTotalPauseDuration().TotalMilliseconds,9:0} ms ({GC.CollectionCount(0)} gen-0, {GC.CollectionCount(1)} gen-1, {GC.CollectionCount(2)} gen-2 collections, {GC.GetTotalAllocatedBytes() / (1024 * 1024)} MB allocated)"));
        }

        if (open)
        {
            BrowserLauncher.Open(index, output);
        }

        return ExitCodes.Success;
    }

}
