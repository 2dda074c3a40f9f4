using System.CommandLine;
using SiteGen.Build;
using SiteGen.Content;
using SiteGen.Serve;

namespace SiteGen.Cli;

/// <summary><c>serve</c>: a live preview on the loopback address that follows edits to content and templates.</summary>
internal sealed class ServeCommand(CommandContext context)
{
    private readonly Option<int?> _port = CommonOptions.Count("--port", "Listen on this port (default: 8080 or the next free one).");
    private readonly Option<string?> _templates = CommonOptions.Templates();
    private readonly Option<bool> _timings = CommonOptions.Timings("of every rebuild");

    public Command Command()
    {
        var command = new Command("serve", "Preview the report on http://localhost (port 8080 or the next free one); pages reload on every edit.")
        {
            _port, _templates, _timings,
        };
        command.SetAction(Run);
        return command;
    }

    /// <summary>A preview of the report's folders, its content read at run time with the collections this program declares.</summary>
    /// <param name="timings">Print how long each stage of every rebuild took.</param>
    /// <param name="renderLimit">How long a page may take to render (<see cref="PreviewServer.RenderLimit"/> when null).</param>
    public static PreviewServer Create(Report report, int? port, TextWriter log, bool timings = false, TimeSpan? renderLimit = null)
    {
        var reader = new ContentFolderReader(report.ContentRoot, ReportCollections.All) { StillFor = TimeSpan.FromMilliseconds(300) };
        // A page kind renders with the last compile's methods while its templates are as compiled, and is interpreted
        // from the first edit to one of them: the preview never compiles.
        var builder = new SiteBuilder(report.Options(cleanUrls: true), report.TemplatesRoot, report.StaticRoot) { CompiledTemplates = report.LastCompiledTemplates(), BodyCache = new BodyCache() };
        return new PreviewServer(reader, builder, [report.ContentRoot, report.TemplatesRoot, report.StaticRoot], port, log)
        {
            PrintTimings = timings,
            RenderLimit = renderLimit ?? PreviewServer.DefaultRenderLimit,
        };
    }

    private int Run(ParseResult parsed)
    {
        var (report, output, _, stop) = context;
        report = report.WithTemplates(parsed.GetValue(_templates));
        foreach (var problem in report.Settings.Problems)
        {
            output.WriteLine(problem + (problem.IsWarning ? string.Empty : " (the preview uses the default until serve restarts)"));
        }

        using var server = Create(report, parsed.GetValue(_port), output, parsed.GetValue(_timings));
        output.WriteLine($"Serving {server.Address} — edits to {report.ContentRoot} and {report.TemplatesRoot} show at once. Ctrl+C stops.");
        server.RunAsync(stop).GetAwaiter().GetResult();
        return ExitCodes.Success;
    }
}
