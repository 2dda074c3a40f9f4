using SiteGen.Cli;
using SiteGen.Tests.Browser;

namespace SiteGen.Tests;

/// <summary>
/// The repository's own report (its <c>content/</c>, whatever a newsroom has put there), as a writer runs the commands
/// in its folder: it compiles and builds without an error and passes the check the publishing workflow runs. Every
/// other test builds the fixture.
/// </summary>
[Collection(RepositoryReport.Collection)]
public sealed class SampleReportTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("sitegen-sample-").FullName;

    [Fact]
    public void The_compiled_report_builds_and_passes_check_with_warnings_as_errors()
    {
        var articles = Directory.GetFiles(Path.Combine(BrowserTools.RepositoryRoot, "content", "articles"), "*.md").Length;
        var (stdout, stderr) = (new StringWriter(), new StringWriter());
        CommandLine.Run(["build", "--out", Path.Combine(_folder, "site")], stdout, stderr, Report.In(BrowserTools.RepositoryRoot, stderr)).ShouldBe(ExitCodes.Success, stderr.ToString());
        stdout.ToString().ShouldContain($"({articles} articles,");

        (stdout, stderr) = (new StringWriter(), new StringWriter());
        CommandLine.Run(["check", "--warnings-as-errors", "--clean-urls"], stdout, stderr, Report.In(BrowserTools.RepositoryRoot, stderr)).ShouldBe(ExitCodes.Success, stderr.ToString());
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);
}
