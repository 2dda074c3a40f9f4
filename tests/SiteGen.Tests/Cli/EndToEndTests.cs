using SiteGen.Cli;

namespace SiteGen.Tests;

/// <summary>The command line as a user runs it: build into a folder, read the summary, check exit codes.</summary>
public sealed class EndToEndTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("sitegen-e2e-").FullName;

    [Fact]
    public void Build_writes_every_page_and_reports_counts()
    {
        var output = Path.Combine(_folder, "site");
        var (code, stdout, stderr) = Run("build", "--out", output);

        code.ShouldBe(ExitCodes.Success, stderr);
        stdout.ShouldContain("pages (8 articles, 14 people, 4 outlets)");
        stdout.ShouldContain("0 warning(s)");
        stdout.ShouldContain("Open " + Path.Combine(output, "index.html"));
        File.Exists(Path.Combine(output, "index.html")).ShouldBeTrue();
        File.Exists(Path.Combine(output, "people", "volodymyr-zelensky", "index.html")).ShouldBeTrue();
        File.Exists(Path.Combine(output, "outlets", "dw", "index.html")).ShouldBeTrue();
        File.Exists(Path.Combine(output, "assets", "site.css")).ShouldBeTrue();
        Directory.EnumerateDirectories(Path.Combine(output, "articles")).Count().ShouldBe(8);
        File.Exists(Path.Combine(output, "diverging-reports", "index.html")).ShouldBeTrue();
        File.Exists(Path.Combine(output, "dates", "2025-05-23", "index.html")).ShouldBeTrue();
        File.Exists(Path.Combine(output, "figures", "8000-10000", "index.html")).ShouldBeTrue();
        File.Exists(Path.Combine(output, "data", "crossref.json")).ShouldBeTrue();
    }

    [Fact]
    public void The_same_input_gives_byte_identical_output()
    {
        var first = Path.Combine(_folder, "first");
        var second = Path.Combine(_folder, "second");
        Run("build", "--out", first).Code.ShouldBe(0);
        Run("build", "--out", second).Code.ShouldBe(0);

        var firstFiles = Files(first);
        firstFiles.Keys.ShouldBe(Files(second).Keys);
        foreach (var (path, bytes) in Files(second))
        {
            bytes.SequenceEqual(firstFiles[path]).ShouldBeTrue(path);
        }
    }

    [Fact]
    public void Rebuilding_replaces_what_SiteGen_wrote_and_keeps_what_a_person_added()
    {
        var output = Path.Combine(_folder, "site");
        Run("--out", output).Code.ShouldBe(0);
        var home = File.ReadAllText(Path.Combine(output, "index.html"));
        File.WriteAllText(Path.Combine(output, "index.html"), "edited by hand");
        File.WriteAllText(Path.Combine(output, "CNAME"), "report.example.org\n");
        Run("--out", output).Code.ShouldBe(0);
        File.ReadAllText(Path.Combine(output, "index.html")).ShouldBe(home);
        File.ReadAllText(Path.Combine(output, "CNAME")).ShouldBe("report.example.org\n");
    }

    [Fact]
    public void A_folder_siteGen_did_not_write_is_never_replaced()
    {
        var output = Path.Combine(_folder, "documents");
        Directory.CreateDirectory(output);
        File.WriteAllText(Path.Combine(output, "thesis.txt"), "precious");

        var (code, _, stderr) = Run("--out", output);

        code.ShouldBe(ExitCodes.ContentErrors);
        stderr.ShouldContain("error SG0301: this folder has files SiteGen did not write");
        File.ReadAllText(Path.Combine(output, "thesis.txt")).ShouldBe("precious");
    }

    [Fact]
    public void Clean_urls_link_to_folders()
    {
        var output = Path.Combine(_folder, "clean");
        Run("build", "--out", output, "--clean-urls").Code.ShouldBe(0);
        var home = File.ReadAllText(Path.Combine(output, "index.html"));
        home.ShouldContain("href=\"people/volodymyr-zelensky/\"");
        home.ShouldNotContain("people/volodymyr-zelensky/index.html");
    }

    [Fact]
    public void Check_passes_on_the_sample_report_and_writes_nothing()
    {
        var (code, stdout, _) = Run("check", "--warnings-as-errors");
        code.ShouldBe(ExitCodes.Success);
        stdout.ShouldContain("0 broken link(s)");
    }

    [Fact]
    public void Check_fails_on_a_template_with_a_broken_link()
    {
        var templates = Path.Combine(_folder, "templates");
        TestContent.CopyFolder(FixtureReport.Report.TemplatesRoot, templates);
        File.AppendAllText(Path.Combine(templates, "pages", "outlet.sbn-html"), "<a href=\"../../nowhere/index.html\">gone</a>\n");

        var (code, _, stderr) = Run("check", "--templates", templates);

        code.ShouldBe(ExitCodes.ContentErrors);
        stderr.ShouldContain("error SG0501: the link '../../nowhere/index.html' leads to no page of the site");
    }

    [Theory]
    [InlineData("--help")]
    [InlineData("help")]
    [InlineData("-h")]
    public void Help_lists_every_command_and_the_options_of_the_default_one(params string[] args)
    {
        var (code, stdout, _) = Run(args);
        code.ShouldBe(ExitCodes.Success);
        stdout.ShouldContain("Commands:");
        foreach (var command in new[] { "build", "serve", "check", "new", "init", "help" })
        {
            stdout.ShouldContain("\n  " + command + " ", customMessage: command);
        }

        stdout.ShouldContain("--out <DIR>");
        stdout.ShouldContain("--clean-urls");
    }

    [Theory]
    [InlineData("check", "--warnings-as-errors")]
    [InlineData("serve", "--port <N>")]
    [InlineData("init", "--title <TITLE>")]
    public void Help_on_a_command_describes_its_own_options(string command, string option)
    {
        Run(command, "--help").Stdout.ShouldContain(option);
        Run("help", command).Stdout.ShouldContain(option);
        Run("help", command).Stdout.ShouldNotContain("--base-url");
    }

    [Theory]
    [InlineData("publish")]
    [InlineData("build", "--bogus")]
    [InlineData("build", "--out")]
    [InlineData("build", "--out", "")]
    [InlineData("serve", "--port", "0")]
    [InlineData("serve", "--port", "eighty")]
    [InlineData("new")]
    [InlineData("new", "podcast", "Title")]
    [InlineData("new", "article")]
    [InlineData("init")]
    [InlineData("check", "--bogus")]
    public void Usage_errors_exit_with_2_and_say_what_is_wrong(params string[] args)
    {
        var (code, stdout, stderr) = Run(args);
        code.ShouldBe(ExitCodes.UsageError);
        stderr.Trim().ShouldNotBeEmpty();
        stdout.ShouldContain("Usage:");
    }

    [Fact]
    public void A_mistyped_option_is_answered_with_the_one_meant()
    {
        var (code, stdout, stderr) = Run("build", "--clen-urls");

        code.ShouldBe(ExitCodes.UsageError);
        stderr.ShouldContain("'--clen-urls'");
        stdout.ShouldContain("Did you mean one of the following?");
        stdout.ShouldContain("--clean-urls");
    }

    [Theory]
    [InlineData("build --cl", "--clean-urls")]
    [InlineData("ne", "new")]
    [InlineData("new ou", "outlet")]
    public void The_shell_completes_commands_and_options(string typed, string completion)
    {
        // How dotnet-suggest asks: the line typed so far, and where the cursor is.
        var (code, stdout, _) = Run($"[suggest:{typed.Length}]", typed);

        code.ShouldBe(ExitCodes.Success);
        stdout.Split('\n', StringSplitOptions.TrimEntries).ShouldContain(completion);
    }

    [Theory]
    [InlineData("person", "<p>\n  {{ include 'no-such-partial' }}", "(2,6): error SG0202: there is no partial 'no-such-partial'", "add partials/no-such-partial.sbn-html", "a failure while rendering")]
    [InlineData("date", "{{ if display }}never closed", "(1,17): error SG0201: the template does not parse", "The <end> statement was not found", "parsed before any page")]
    public void A_template_error_names_the_template_and_writes_nothing(string page, string template, string error, string detail, string when)
    {
        var templates = Path.Combine(_folder, "templates");
        TestContent.CopyFolder(FixtureReport.Report.TemplatesRoot, templates);
        File.WriteAllText(Path.Combine(templates, "pages", page + ".sbn-html"), template);
        var output = Path.Combine(_folder, "site");

        var (code, _, stderr) = Run("--out", output, "--templates", templates);

        code.ShouldBe(ExitCodes.ContentErrors, when);
        stderr.ShouldContain(Path.Combine(templates, "pages", page + ".sbn-html") + error, customMessage: when);
        stderr.ShouldContain(detail, customMessage: when);
        Directory.Exists(output).ShouldBeFalse(when);
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private static (int Code, string Stdout, string Stderr) Run(params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var code = CommandLine.Run(args, stdout, stderr, FixtureReport.Report);
        return (code, stdout.ToString(), stderr.ToString());
    }

    private static Dictionary<string, byte[]> Files(string folder) =>
        Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
            .ToDictionary(f => Path.GetRelativePath(folder, f), File.ReadAllBytes);
}
