using SiteGen.Diagnostics;

namespace SiteGen.Tests;

/// <summary>A problem is one line, as compilers write them, whatever its file is called.</summary>
public sealed class SiteDiagnosticTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("sitegen-diagnostic-").FullName;

    [Fact]
    public void A_line_break_or_control_character_in_a_file_name_is_written_as_an_escape()
    {
        var problem = new SiteDiagnostic("content/articles/one\ntwo\u0007.md", 4, 7, "SG0005", "Field 'date' is not a date");

        problem.ToString().ShouldBe("content/articles/one\\ntwo\\u0007.md(4,7): error SG0005: Field 'date' is not a date");
    }

    [Fact]
    public void A_file_named_with_a_line_break_gives_one_problem_per_line_from_check()
    {
        var content = Path.Combine(_folder, "content");
        TestContent.CopyFolder(FixtureReport.ContentRoot, content);
        var broken = Path.Combine(content, "articles", "two\nlines.md");
        File.WriteAllText(broken, "---\ntitle: T\nslug: two-lines\ndate: 2025-06-31\nsummary: s\nsource: s\n---\nText.\n");
        var stderr = new StringWriter();

        Cli.CommandLine.Run(["check"], new StringWriter(), stderr, FixtureReport.Report with { ContentRoot = content });

        stderr.ToString().Split('\n').ShouldContain(line => line.StartsWith(Path.Combine(content, "articles", "two\\nlines.md") + "(4,7): error SG0005:", StringComparison.Ordinal));
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);
}
