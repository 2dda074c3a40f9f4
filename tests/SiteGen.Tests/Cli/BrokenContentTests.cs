using SiteGen.Cli;

namespace SiteGen.Tests;

/// <summary>
/// A broken content file is never a reason for a command not to start: <c>check</c> reports it at its line, and
/// <c>new</c> writes its file, while another file is broken.
/// </summary>
public sealed class BrokenContentTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("sitegen-broken-").FullName;

    private string Content => Path.Combine(_folder, "content");

    private Report Report => FixtureReport.Report with { ContentRoot = Content };

    public BrokenContentTests()
    {
        TestContent.CopyFolder(FixtureReport.ContentRoot, Content);
        var article = Directory.EnumerateFiles(Path.Combine(Content, "articles"), "*.md").Order(StringComparer.Ordinal).First();
        var lines = File.ReadAllLines(article);
        lines[Array.FindIndex(lines, l => l.StartsWith("date:", StringComparison.Ordinal))] = "date: 2025-02-30";
        File.WriteAllLines(article, lines);
        BrokenFile = article;
        BrokenLine = Array.FindIndex(lines, l => l.StartsWith("date:", StringComparison.Ordinal)) + 1;
    }

    private string BrokenFile { get; }

    private int BrokenLine { get; }

    [Fact]
    public void Check_reports_the_broken_file_at_its_line()
    {
        var (stdout, stderr) = (new StringWriter(), new StringWriter());

        CommandLine.Run(["check"], stdout, stderr, Report).ShouldBe(ExitCodes.ContentErrors);

        stderr.ToString().ShouldContain($"{BrokenFile}({BrokenLine},7): error SG0005:");
        stderr.ToString().ShouldContain("Check failed");
    }

    [Fact]
    public void New_writes_its_file_while_another_is_broken()
    {
        var (stdout, stderr) = (new StringWriter(), new StringWriter());

        CommandLine.Run(["new", "outlet", "Another Outlet"], stdout, stderr, Report).ShouldBe(ExitCodes.Success, stderr.ToString());

        var created = Path.Combine(Content, "outlets", "another-outlet.md");
        File.Exists(created).ShouldBeTrue();
        CommandLine.Run(["check"], new StringWriter(), stderr, Report).ShouldBe(ExitCodes.ContentErrors);
        stderr.ToString().ShouldContain(BrokenFile);
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);
}
