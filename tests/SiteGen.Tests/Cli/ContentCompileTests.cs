using SiteGen.Cli;

namespace SiteGen.Tests;

/// <summary>
/// The program is compiled from the content: adding, renaming or deleting a content file must always give a correct
/// next build, even when the file's time stamp is older than the program (as after <c>mv</c> or a checkout). Tried on a
/// copy of the repository (its own report, whatever a newsroom has put in <c>content/</c>), built with
/// <c>dotnet build</c> as a writer builds it. A content warning leaves the build green. The copy is compiled once
/// (<see cref="CompiledRepositoryCopy"/>); each test puts back what it changed.
/// </summary>
[Collection(CompiledRepositoryCopy.Collection)]
public sealed class ContentCompileTests(CompiledRepositoryCopy copy)
{
    private static readonly DateTime LongAgo = new(2001, 1, 1, 0, 0, 0, DateTimeKind.Utc);

    private string Folder => copy.Folder;

    [Fact]
    public void The_repositorys_report_compiles_builds_and_passes_check_with_warnings_as_errors()
    {
        var articles = Directory.GetFiles(Path.Combine(Folder, "content", "articles"), "*.md").Length;
        copy.FirstBuild.ShouldContain($"({articles} articles,");

        var (stdout, stderr) = (new StringWriter(), new StringWriter());
        CommandLine.Run(["check", "--warnings-as-errors", "--clean-urls"], stdout, stderr, Report.In(Folder, stderr)).ShouldBe(ExitCodes.Success, stderr.ToString());
    }

    [Fact]
    public void Adding_renaming_and_deleting_a_content_file_older_than_the_program_each_give_a_correct_next_build()
    {
        var articles = Path.Combine(Folder, "content", "articles");
        var existing = Directory.EnumerateFiles(articles, "*.md").Order(StringComparer.Ordinal).First();
        var existingText = File.ReadAllText(existing);
        var count = Directory.EnumerateFiles(articles, "*.md").Count();
        try
        {
            var added = Path.Combine(articles, "zz-added-for-the-test.md");
            File.WriteAllText(added, SlugLine().Replace(existingText, "slug: zz-added-for-the-test", 1));
            File.SetLastWriteTimeUtc(added, LongAgo);
            copy.Build().ShouldContain($"({count + 1} articles,", customMessage: "added");

            var renamed = Path.Combine(articles, "zz-renamed-for-the-test.md");
            File.Move(added, renamed);
            copy.Build().ShouldContain($"({count + 1} articles,", customMessage: "renamed");

            File.Delete(renamed);
            copy.Build().ShouldContain($"({count} articles,", customMessage: "deleted");

            // A body edited alone is read as it is: the site shows it and nothing is compiled.
            var assembly = Path.Combine(Folder, "bin", "Debug", "net10.0", "Report.dll");
            var compiled = File.GetLastWriteTimeUtc(assembly);
            File.AppendAllText(existing, "\nA paragraph added for the test.\n");
            copy.Build().ShouldContain($"({count} articles,", customMessage: "body edited");
            File.GetLastWriteTimeUtc(assembly).ShouldBe(compiled, "a body edit compiled the report");
            Directory.EnumerateFiles(Path.Combine(Folder, "_site", "articles"), "index.html", SearchOption.AllDirectories)
                .Any(page => File.ReadAllText(page).Contains("A paragraph added for the test.", StringComparison.Ordinal)).ShouldBeTrue();

            // A content warning is the writer's: the program still compiles and the site is built.
            File.WriteAllText(existing, File.ReadAllText(existing).Replace("\ntitle:", "\ncolour: red\ntitle:", StringComparison.Ordinal));
            copy.Build(compilerSays: "warning SG0006: Unknown field 'colour'").ShouldContain($"({count} articles,", customMessage: "unknown field");
        }
        finally
        {
            File.WriteAllText(existing, existingText);
        }
    }

    [Fact]
    public void A_misspelled_value_in_a_template_fails_the_build_at_its_line_and_column_and_the_fix_builds()
    {
        CompiledReport.LastTemplates(Folder).ShouldNotBeNull("serve finds the compiled templates of the last build").Pages.Count
            .ShouldBe(Directory.GetFiles(Path.Combine(Folder, "templates", "pages")).Length);

        var page = Path.Combine(Folder, "templates", "pages", "article.sbn-html");
        var text = File.ReadAllText(page);
        try
        {
            File.WriteAllText(page, text.Replace("{{ summary }}", "{{ sumary }}", StringComparison.Ordinal));
            var broken = copy.Run();

            broken.ExitCode.ShouldNotBe(0);
            var line = text[..text.IndexOf("{{ summary }}", StringComparison.Ordinal)].Count(c => c == '\n') + 1;
            (broken.Output + broken.Errors).ShouldContain($"article.sbn-html({line},");
            (broken.Output + broken.Errors).ShouldContain("error SG0202: 'sumary' is not a value of ArticleView; did you mean 'summary'?");
        }
        finally
        {
            File.WriteAllText(page, text);
        }

        copy.Build();
    }

    [Fact]
    public void A_link_to_a_folder_in_the_content_stops_the_build_before_anything_is_compiled_or_written()
    {
        var outside = Directory.CreateTempSubdirectory("sitegen-outside-").FullName;
        var link = Path.Combine(Folder, "content", "articles", "linked");
        var site = Path.Combine(Folder, "_site");
        var before = Directory.GetLastWriteTimeUtc(site);
        try
        {
            File.WriteAllText(Path.Combine(outside, "elsewhere.md"), "---\ntitle: \"Elsewhere\"\n---\n");
            Directory.CreateSymbolicLink(link, outside);

            var refused = copy.Run();

            refused.ExitCode.ShouldBe(1);
            refused.Errors.ShouldContain($"{link}(1,1): error SG0102: this is a link to a folder ({outside}), which SiteGen does not follow");
            refused.Errors.ShouldNotContain("elsewhere.md");
            Directory.GetLastWriteTimeUtc(site).ShouldBe(before);
        }
        finally
        {
            Directory.Delete(link);
            Directory.Delete(outside, recursive: true);
        }
    }

    private static System.Text.RegularExpressions.Regex SlugLine() => new("^slug: .*$", System.Text.RegularExpressions.RegexOptions.Multiline);
}
