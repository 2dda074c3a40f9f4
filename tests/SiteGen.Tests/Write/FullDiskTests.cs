using System.Diagnostics;
using SiteGen.Cli;

namespace SiteGen.Tests;

/// <summary>
/// A disk that fills up during a build gives one located error that says so, and leaves nothing behind; tried on a
/// small tmpfs, which needs root to mount (as in CI).
/// </summary>
public sealed class FullDiskTests : IDisposable
{
    private readonly string _mount = Directory.CreateTempSubdirectory("sitegen-full-").FullName;
    private bool _mounted;

    [SmallDiskFact]
    public void A_full_disk_is_named_as_such_and_leaves_nothing_behind()
    {
        Mount("256k");
        var output = Path.Combine(_mount, "site");
        var stdout = new StringWriter();
        var stderr = new StringWriter();

        var code = CommandLine.Run(["build", "--out", output], stdout, stderr, FixtureReport.Report);

        code.ShouldBe(ExitCodes.ContentErrors);
        var errors = stderr.ToString();
        errors.ShouldContain("error SG0301: no space left on the device writing this file");
        errors.ShouldStartWith(output);
        errors.ShouldNotContain("Exception");
        Directory.EnumerateFileSystemEntries(_mount).ShouldBeEmpty();
    }

    public void Dispose()
    {
        if (_mounted)
        {
            Run("umount", _mount);
        }

        Directory.Delete(_mount, recursive: true);
    }

    private void Mount(string size)
    {
        Run("mount", "-t", "tmpfs", "-o", "size=" + size, "tmpfs", _mount);
        _mounted = true;
    }

    private static void Run(string program, params string[] args)
    {
        using var process = Process.Start(new ProcessStartInfo(program, args) { RedirectStandardError = true })!;
        var error = process.StandardError.ReadToEnd();
        process.WaitForExit();
        process.ExitCode.ShouldBe(0, $"{program} {string.Join(' ', args)}: {error}");
    }
}

/// <summary>A test that mounts a small file system: it needs root on Linux; skipped elsewhere unless <see cref="Browser.BrowserTools.RequireVariable"/> is set (CI).</summary>
public sealed class SmallDiskFactAttribute : FactAttribute
{
    public SmallDiskFactAttribute()
    {
        if (!Browser.BrowserTools.Required && !(OperatingSystem.IsLinux() && Environment.UserName == "root"))
        {
            Skip = "mounting a small tmpfs needs root on Linux";
        }
    }
}
