using System.Diagnostics;
using System.Globalization;
using SiteGen.Diagnostics;
using SiteGen.Build;

namespace SiteGen.Cli;

/// <summary>How <c>build</c> and <c>check</c> report to the terminal or a CI log.</summary>
internal static class CommandOutput
{
    /// <summary>On a terminal the current stage is rewritten in place; in a log (CI) each stage is a plain line.</summary>
    public static Action<string> ProgressTo(TextWriter output) =>
        IsTerminal(output)
            ? stage => output.Write("\r\u001b[2K" + stage + "…")
            : stage => output.WriteLine("  " + stage + "…");

    /// <summary>Clears the progress line a terminal shows, so what follows starts on a clean line.</summary>
    public static void EndProgress(TextWriter output)
    {
        if (IsTerminal(output))
        {
            output.Write("\r\u001b[2K");
        }
    }

    public static void Report(IEnumerable<SiteDiagnostic> problems, TextWriter errors)
    {
        foreach (var problem in problems)
        {
            errors.WriteLine(problem);
        }
    }

    public static string Summary(string verb, BuiltSite site, int warnings, Stopwatch clock) => string.Create(CultureInfo.InvariantCulture,
        $"{verb} {site.Pages} pages ({site.Articles} articles, {site.People} people, {site.Outlets} outlets), {site.FileCount} files{(site.Unchanged > 0 ? $" ({site.Unchanged} unchanged, linked rather than written)" : string.Empty)}, {warnings} warning(s) in {clock.Elapsed.TotalSeconds:0.00} s.");

    private static bool IsTerminal(TextWriter output) => ReferenceEquals(output, Console.Out) && !Console.IsOutputRedirected;
}
