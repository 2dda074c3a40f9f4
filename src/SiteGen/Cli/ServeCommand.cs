using SiteGen.Build;
using SiteGen.Content;
using SiteGen.Serve;

namespace SiteGen.Cli;

/// <summary><c>serve</c>: a live preview on 127.0.0.1 that follows edits to content and templates.</summary>
internal static class ServeCommand
{
    public static int Run(Arguments args, Report report, TextWriter output, CancellationToken stop)
    {
        var port = args.Count("--port");
        report = report.WithTemplates(args.Value("--templates"));
        var timings = args.Flag("--timings");
        args.EnsureNothingLeft();

        foreach (var problem in report.Settings.Problems)
        {
            output.WriteLine(problem + (problem.IsWarning ? string.Empty : " (the preview uses the default until serve restarts)"));
        }

        using var server = Create(report, port, output, timings);
        output.WriteLine($"Serving {server.Address} — edits to {report.ContentRoot} and {report.TemplatesRoot} show at once. Ctrl+C stops.");
        server.RunAsync(stop).GetAwaiter().GetResult();
        return ExitCodes.Success;
    }

    /// <summary>A preview of the report's folders, its content read at run time with the collections this program declares.</summary>
    /// <param name="timings">Print how long each stage of every rebuild took.</param>
    public static PreviewServer Create(Report report, int? port, TextWriter log, bool timings = false)
    {
        var reader = new ContentFolderReader(report.ContentRoot, ReportCollections.All) { StillFor = TimeSpan.FromMilliseconds(300) };
        // A page kind renders with the last compile's methods while its templates are as compiled, and is interpreted
        // from the first edit to one of them: the preview never compiles.
        var builder = new SiteBuilder(report.Options(cleanUrls: true), report.TemplatesRoot, report.StaticRoot) { CompiledTemplates = report.LastCompiledTemplates(), KeptBodies = new KeptBodies() };
        return new PreviewServer(reader, builder, [report.ContentRoot, report.TemplatesRoot, report.StaticRoot], port, log) { PrintTimings = timings };
    }
}
