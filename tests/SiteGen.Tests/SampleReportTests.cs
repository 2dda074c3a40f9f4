using SiteGen.Cli;

namespace SiteGen.Tests;

/// <summary>
/// The report this program was compiled from (the repository's <c>content/</c>, whatever a newsroom has put there):
/// it builds without an error and passes the check the publishing workflow runs. Every other test builds the fixture.
/// </summary>
public sealed class SampleReportTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("sitegen-sample-").FullName;

    [Fact]
    public void The_compiled_report_builds_and_passes_check_with_warnings_as_errors()
    {
        var (stdout, stderr) = (new StringWriter(), new StringWriter());
        CommandLine.Run(["build", "--out", Path.Combine(_folder, "site")], stdout, stderr).ShouldBe(ExitCodes.Success, stderr.ToString());
        stdout.ToString().ShouldContain($"({Report.Compiled.Content().Articles.Count} articles,");

        (stdout, stderr) = (new StringWriter(), new StringWriter());
        CommandLine.Run(["check", "--warnings-as-errors", "--clean-urls"], stdout, stderr).ShouldBe(ExitCodes.Success, stderr.ToString());
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);
}
