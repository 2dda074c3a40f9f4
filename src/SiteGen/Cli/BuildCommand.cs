using System.Diagnostics;
using System.Globalization;
using SiteGen.Build;
using SiteGen.Check;
using SiteGen.Content;
using SiteGen.Diagnostics;
using SiteGen.Model;
using SiteGen.Settings;
using SiteGen.Write;

namespace SiteGen.Cli;

/// <summary><c>build</c> writes the report; <c>check</c> builds it in memory and verifies links, anchors and names.</summary>
internal static class BuildCommand
{
    public static int Build(Arguments args, Report report, TextWriter output, TextWriter errors)
    {
        var folder = args.Value("--out") ?? "_site";
        report = report.WithTemplates(args.Value("--templates"));
        var cleanUrls = args.Flag("--clean-urls");
        var baseUrl = args.BaseUrl("--base-url");
        var open = args.Flag("--open");
        var timings = args.Flag("--timings");
        args.EnsureNothingLeft();

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
        if (IsTerminal(output))
        {
            output.Write("\r\u001b[2K");
        }

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

    public static int Check(Arguments args, Report report, TextWriter output, TextWriter errors)
    {
        report = report.WithTemplates(args.Value("--templates"));
        var cleanUrls = args.Flag("--clean-urls");
        var strict = args.Flag("--warnings-as-errors");
        var draftPeople = args.Flag("--draft-people");
        args.EnsureNothingLeft();

        // The content is read as it is now, not compiled: check works, and says where, whatever state a file is in.
        var clock = Stopwatch.StartNew();
        var read = new ContentFolderReader(report.ContentRoot, ReportCollections.All).Read();
        if (read.Content is null || report.Settings.HasErrors)
        {
            Report([.. report.Settings.Problems, .. read.Problems], errors);
            errors.WriteLine("Check failed: fix the errors above.");
            return ExitCodes.ContentErrors;
        }

        var site = new SiteBuilder(report.Options(cleanUrls), report.TemplatesRoot, report.StaticRoot).Render(read.Content);
        var broken = SiteChecker.Check(site.Files, Path.GetFullPath("_site"),
            ContentLinkSources.Of(read.Content, new SitePaths(cleanUrls)), new TemplateLinkSources(report.TemplatesRoot));
        var warnings = report.Settings.Problems.Concat(read.Problems).Concat(site.Warnings).ToList();
        Report(warnings.Concat(broken).ToList(), errors);
        output.WriteLine(Summary("Checked", site, warnings.Count, clock) + string.Create(CultureInfo.InvariantCulture, $" {broken.Count} broken link(s)."));
        if (draftPeople)
        {
            var drafts = new PersonDrafts(Path.Combine(report.Root, "drafts", "people"), report.ContentRoot).Write(site.UnknownNames);
            foreach (var draft in drafts)
            {
                output.WriteLine("Drafted " + draft);
            }

            output.WriteLine(drafts.Count == 0
                ? "No person file to draft: every name the articles introduce has one (or a draft already)."
                : "Review each draft (one person? the right spellings?), write its role, and move it to content/people/; drafts are never published.");
        }
        var failed = broken.Count > 0 || (strict && warnings.Count > 0);
        if (failed)
        {
            errors.WriteLine(strict && broken.Count == 0
                ? "Check failed: warnings count as errors (--warnings-as-errors)."
                : "Check failed: fix the errors above.");
        }

        return failed ? ExitCodes.ContentErrors : ExitCodes.Success;
    }

    /// <summary>On a terminal the current stage is rewritten in place; in a log (CI) each stage is a plain line.</summary>
    private static Action<string> ProgressTo(TextWriter output) =>
        IsTerminal(output)
            ? stage => output.Write("\r\u001b[2K" + stage + "…")
            : stage => output.WriteLine("  " + stage + "…");

    private static bool IsTerminal(TextWriter output) => ReferenceEquals(output, Console.Out) && !Console.IsOutputRedirected;

    private static void Report(IReadOnlyList<SiteDiagnostic> problems, TextWriter errors)
    {
        foreach (var problem in problems)
        {
            errors.WriteLine(problem);
        }
    }

    private static string Summary(string verb, RenderedSite site, int warnings, Stopwatch clock) => string.Create(CultureInfo.InvariantCulture,
        $"{verb} {site.Pages} pages ({site.Articles} articles, {site.People} people, {site.Outlets} outlets), {site.FileCount} files{(site.Unchanged > 0 ? $" ({site.Unchanged} unchanged, linked rather than written)" : string.Empty)}, {warnings} warning(s) in {clock.Elapsed.TotalSeconds:0.00} s.");
}
