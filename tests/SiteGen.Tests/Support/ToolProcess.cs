using System.Diagnostics;

namespace SiteGen.Tests;

/// <summary>Runs an outside program to the end, with a time limit, and hands back what it printed.</summary>
public static class ToolProcess
{
    public sealed record Result(int ExitCode, string Output, string Errors);

    /// <param name="environment">Variables set for the program, on top of this process's own.</param>
    public static Result Run(string program, IEnumerable<string> arguments, string workingFolder, TimeSpan limit, IReadOnlyDictionary<string, string>? environment = null)
    {
        var start = new ProcessStartInfo(program, arguments)
        {
            WorkingDirectory = workingFolder,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var (name, value) in environment ?? new Dictionary<string, string>())
        {
            start.Environment[name] = value;
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException($"{program} did not start");
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(limit))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{program} {string.Join(' ', arguments)} did not finish within {limit.TotalSeconds:0} s; stderr so far: {errors.Result}");
        }

        return new Result(process.ExitCode, output.Result, errors.Result);
    }
}
