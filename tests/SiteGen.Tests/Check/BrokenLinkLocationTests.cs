using SiteGen.Cli;

namespace SiteGen.Tests;

/// <summary><c>check</c> reports a broken link where it was written: a writer's link at the content file's line, a template's at the template's.</summary>
public sealed class BrokenLinkLocationTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("sitegen-links-").FullName;

    private string Content => Path.Combine(_folder, "content");

    private string Templates => Path.Combine(_folder, "templates");

    private Report Report => FixtureReport.Report with { ContentRoot = Content, TemplatesRoot = Templates };

    public BrokenLinkLocationTests()
    {
        TestContent.CopyFolder(FixtureReport.ContentRoot, Content);
        TestContent.CopyFolder(FixtureReport.Report.TemplatesRoot, Templates);
    }

    [Fact]
    public void A_link_in_an_article_is_reported_at_its_line_and_column()
    {
        var article = Directory.EnumerateFiles(Path.Combine(Content, "articles"), "*.md").Order(StringComparer.Ordinal).First();
        var lines = File.ReadAllLines(article).ToList();
        lines.AddRange(["", "See [the earlier report](../no-such-article/) and [the person](../../people/nobody/index.html)."]);
        File.WriteAllLines(article, lines);

        var (code, errors) = Check();

        code.ShouldBe(ExitCodes.ContentErrors);
        errors.ShouldContain($"{article}({lines.Count},5): error SG0501: the link '../no-such-article/' leads to no page of the site (on articles/");
        errors.ShouldContain($"{article}({lines.Count},51): error SG0501: the link '../../people/nobody/index.html' leads to no page of the site");
        errors.ShouldNotContain("_site");
    }

    [Fact]
    public void A_link_in_a_person_s_biography_is_reported_in_the_person_s_file()
    {
        var person = Directory.EnumerateFiles(Path.Combine(Content, "people"), "*.md").Order(StringComparer.Ordinal).First();
        File.AppendAllText(person, "\n[More](#no-such-anchor)\n");
        var line = File.ReadAllLines(person).Length;

        var (_, errors) = Check();

        errors.ShouldContain($"{person}({line},1): error SG0501: the link '#no-such-anchor' names the anchor '#no-such-anchor', which people/");
    }

    [Fact]
    public void A_link_the_layout_writes_is_reported_at_the_layout_s_line()
    {
        var layout = Path.Combine(Templates, "layout.sbn-html");
        var lines = File.ReadAllLines(layout).ToList();
        var at = lines.FindIndex(l => l.Contains("assets/site.css", StringComparison.Ordinal));
        lines[at] = lines[at].Replace("assets/site.css", "assets/missing.css", StringComparison.Ordinal);
        File.WriteAllLines(layout, lines);

        var (code, errors) = Check();

        code.ShouldBe(ExitCodes.ContentErrors);
        var column = lines[at].IndexOf("assets/missing.css", StringComparison.Ordinal) + 1;
        errors.ShouldContain($"{layout}({at + 1},{column}): error SG0501: the link '../../assets/missing.css' leads to no page of the site");
        errors.ShouldNotContain("_site");
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private (int Code, string Errors) Check()
    {
        var errors = new StringWriter();
        var code = CommandLine.Run(["check"], new StringWriter(), errors, Report);
        return (code, errors.ToString());
    }
}
