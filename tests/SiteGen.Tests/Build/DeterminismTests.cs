using System.Diagnostics;
using SiteGen.Cli;

namespace SiteGen.Tests;

/// <summary>
/// The same content gives the same bytes, whatever the machine's time zone and language: the repository's report
/// built twice by the program, each in a process of its own.
/// </summary>
[Collection(RepositoryReport.Collection)]
public sealed class DeterminismTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("sitegen-determinism-").FullName;

    [Fact]
    public void Builds_under_two_time_zones_and_cultures_are_byte_identical()
    {
        var tokyo = Build("tokyo", ("TZ", "Asia/Tokyo"), ("LANG", "ja_JP.UTF-8"), ("LC_ALL", "ja_JP.UTF-8"));
        var honolulu = Build("honolulu", ("TZ", "Pacific/Honolulu"), ("LANG", "tr_TR.UTF-8"), ("LC_ALL", "tr_TR.UTF-8"));

        tokyo.Keys.ShouldBe(honolulu.Keys);
        foreach (var (path, bytes) in tokyo)
        {
            bytes.SequenceEqual(honolulu[path]).ShouldBeTrue(path);
        }
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private Dictionary<string, byte[]> Build(string name, params (string Name, string Value)[] environment)
    {
        var output = Path.Combine(_folder, name);
        var start = new ProcessStartInfo("dotnet", [typeof(CommandLine).Assembly.Location, "build", "--out", output])
        {
            WorkingDirectory = RepositoryFolders.Root,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var (key, value) in environment)
        {
            start.Environment[key] = value;
        }

        using var process = Process.Start(start)!;
        var errors = process.StandardError.ReadToEndAsync();
        process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        process.ExitCode.ShouldBe(0, errors.Result);
        return Directory.EnumerateFiles(output, "*", SearchOption.AllDirectories).ToDictionary(f => Path.GetRelativePath(output, f), File.ReadAllBytes);
    }
}
