using System.Reflection;
using SiteGen.Build;
using SiteGen.Content;
using SiteGen.Serve;

namespace SiteGen.Cli;

/// <summary><c>serve</c>: a live preview on 127.0.0.1 that follows edits to content and templates.</summary>
public static class ServeCommand
{
    public static int Run(Arguments args, TextWriter output, CancellationToken stop)
    {
        var port = args.Count("--port");
        var templates = args.Value("--templates") ?? ReportSettings.TemplatesRoot;
        var timings = args.Flag("--timings");
        args.EnsureNothingLeft();

        using var server = Create(SiteContent.ContentRoot, templates, port, output, timings);
        output.WriteLine($"Serving {server.Address} — edits to {SiteContent.ContentRoot} and {templates} show at once. Ctrl+C stops.");
        server.RunAsync(stop).GetAwaiter().GetResult();
        return ExitCodes.Success;
    }

    /// <summary>A preview of <paramref name="contentRoot"/>, read at run time with the collections this program declares.</summary>
    /// <param name="timings">Print how long each stage of every rebuild took.</param>
    public static PreviewServer Create(string contentRoot, string templates, int? port, TextWriter log, bool timings = false)
    {
        var collections = typeof(SiteContent).GetCustomAttributes<ContentCollectionAttribute>().ToList();
        var reader = new ContentFolderReader(contentRoot, collections) { StillFor = TimeSpan.FromMilliseconds(300) };
        var builder = new SiteBuilder(ReportSettings.Options(cleanUrls: true), templates, ReportSettings.StaticRoot);
        return new PreviewServer(reader, builder, [contentRoot, templates, ReportSettings.StaticRoot], port, log) { PrintTimings = timings };
    }
}
