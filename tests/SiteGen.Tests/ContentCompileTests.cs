using SiteGen.Tests.Browser;

namespace SiteGen.Tests;

/// <summary>
/// The program is compiled from the content: adding, renaming or deleting a content file must always give a correct
/// next build, even when the file's time stamp is older than the program (as after <c>mv</c> or a checkout). Tried on a
/// copy of the repository, built with <c>dotnet build</c> as a writer builds it. A content warning leaves the build green.
/// </summary>
public sealed class ContentCompileTests : IDisposable
{
    private static readonly TimeSpan Limit = TimeSpan.FromMinutes(5);
    private static readonly DateTime LongAgo = new(2001, 1, 1, 0, 0, 0, DateTimeKind.Utc);

    private readonly string _copy = Directory.CreateTempSubdirectory("sitegen-compile-").FullName;

    [Fact]
    public void Adding_renaming_and_deleting_a_content_file_older_than_the_program_each_give_a_correct_next_build()
    {
        RepositoryCopy.Write(_copy, "src", "generators", "content", "templates", "Directory.Build.props", "Directory.Packages.props", "global.json", "Report.csproj", "report.yml");

        var articles = Path.Combine(_copy, "content", "articles");
        var existing = Directory.EnumerateFiles(articles, "*.md").Order(StringComparer.Ordinal).First();
        var count = Directory.EnumerateFiles(articles, "*.md").Count();
        Build().ShouldContain($"({count} articles,");

        var added = Path.Combine(articles, "zz-added-for-the-test.md");
        File.WriteAllText(added, SlugLine().Replace(File.ReadAllText(existing), "slug: zz-added-for-the-test", 1));
        File.SetLastWriteTimeUtc(added, LongAgo);
        Build().ShouldContain($"({count + 1} articles,", customMessage: "added");

        var renamed = Path.Combine(articles, "zz-renamed-for-the-test.md");
        File.Move(added, renamed);
        Build().ShouldContain($"({count + 1} articles,", customMessage: "renamed");

        File.Delete(renamed);
        Build().ShouldContain($"({count} articles,", customMessage: "deleted");

        // A body edited alone is read as it is: the site shows it and nothing is compiled.
        var assembly = Path.Combine(_copy, "bin", "Debug", "net10.0", "Report.dll");
        var compiled = File.GetLastWriteTimeUtc(assembly);
        File.AppendAllText(existing, "\nA paragraph added for the test.\n");
        Build().ShouldContain($"({count} articles,", customMessage: "body edited");
        File.GetLastWriteTimeUtc(assembly).ShouldBe(compiled, "a body edit compiled the report");
        Directory.EnumerateFiles(Path.Combine(_copy, "_site", "articles"), "index.html", SearchOption.AllDirectories)
            .Any(page => File.ReadAllText(page).Contains("A paragraph added for the test.", StringComparison.Ordinal)).ShouldBeTrue();

        // A content warning is the writer's: the program still compiles and the site is built.
        File.WriteAllText(existing, File.ReadAllText(existing).Replace("\ntitle:", "\ncolour: red\ntitle:", StringComparison.Ordinal));
        Build(compilerSays: "warning SG0006: Unknown field 'colour'").ShouldContain($"({count} articles,", customMessage: "unknown field");
    }

    [Fact]
    public void A_misspelled_value_in_a_template_fails_the_build_at_its_line_and_column_and_the_fix_builds()
    {
        RepositoryCopy.Write(_copy, "src", "generators", "content", "templates", "Directory.Build.props", "Directory.Packages.props", "global.json", "Report.csproj", "report.yml");
        Build();
        SiteGen.Cli.CompiledReport.LastTemplates(_copy).ShouldNotBeNull("serve finds the compiled templates of the last build").Pages.Count
            .ShouldBe(Directory.GetFiles(Path.Combine(_copy, "templates", "pages")).Length);

        var page = Path.Combine(_copy, "templates", "pages", "article.sbn-html");
        var text = File.ReadAllText(page);
        File.WriteAllText(page, text.Replace("{{ summary }}", "{{ sumary }}", StringComparison.Ordinal));
        var program = Path.Combine(BrowserTools.RepositoryRoot, "src", "SiteGen", "bin", "Debug", "net10.0", "SiteGen.dll");
        var broken = ToolProcess.Run("dotnet", [program, "build", "--out", Path.Combine(_copy, "_site")], _copy, Limit);

        broken.ExitCode.ShouldNotBe(0);
        var line = text[..text.IndexOf("{{ summary }}", StringComparison.Ordinal)].Count(c => c == '\n') + 1;
        (broken.Output + broken.Errors).ShouldContain($"article.sbn-html({line},");
        (broken.Output + broken.Errors).ShouldContain("error SG0202: 'sumary' is not a value of ArticleView; did you mean 'summary'?");

        File.WriteAllText(page, text);
        Build();
    }

    public void Dispose() => Directory.Delete(_copy, recursive: true);

    /// <summary>Runs <c>build</c> in the copy, which compiles its report project and builds the site; what it printed.</summary>
    private string Build(string? compilerSays = null)
    {
        var program = Path.Combine(BrowserTools.RepositoryRoot, "src", "SiteGen", "bin", "Debug", "net10.0", "SiteGen.dll");
        var build = ToolProcess.Run("dotnet", [program, "build", "--out", Path.Combine(_copy, "_site")], _copy, Limit);
        build.ExitCode.ShouldBe(0, build.Output + build.Errors);
        if (compilerSays != null)
        {
            build.Errors.ShouldContain(compilerSays);
        }

        return build.Output;
    }

    private static System.Text.RegularExpressions.Regex SlugLine() => new("^slug: .*$", System.Text.RegularExpressions.RegexOptions.Multiline);
}
