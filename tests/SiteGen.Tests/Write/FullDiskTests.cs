using SiteGen.Cli;

namespace SiteGen.Tests;

/// <summary>
/// A disk that fills up during a build gives one located error that says so, and leaves nothing behind; tried on a
/// small tmpfs, which needs root to mount (as in CI).
/// </summary>
public sealed class FullDiskTests
{
    [SmallDiskFact]
    public void A_full_disk_is_named_as_such_and_leaves_nothing_behind()
    {
        using var disk = new TmpfsMount("256k");
        var output = Path.Combine(disk.Folder, "site");
        var stdout = new StringWriter();
        var stderr = new StringWriter();

        var code = CommandLine.Run(["build", "--out", output], stdout, stderr, FixtureReport.Report);

        code.ShouldBe(ExitCodes.ContentErrors);
        var errors = stderr.ToString();
        errors.ShouldContain("error SG0301: no space left on the device writing this file");
        errors.ShouldStartWith(output);
        errors.ShouldNotContain("Exception");
        Directory.EnumerateFileSystemEntries(disk.Folder).ShouldBeEmpty();
    }

    [SmallDiskFact]
    public void An_output_folder_that_is_a_mount_point_is_refused_before_anything_is_written_beside_it()
    {
        using var volume = new TmpfsMount("64m");
        var stderr = new StringWriter();

        var code = CommandLine.Run(["build", "--out", volume.Folder], new StringWriter(), stderr, FixtureReport.Report);

        code.ShouldBe(ExitCodes.ContentErrors);
        stderr.ToString().ShouldContain("error SG0301: the output folder is a mount point");
        stderr.ToString().ShouldNotContain("Exception");
        Directory.EnumerateFileSystemEntries(volume.Beside).ShouldBe([volume.Folder], "a staging copy was left beside the mount point");
        Directory.EnumerateFileSystemEntries(volume.Folder).ShouldBeEmpty();
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
