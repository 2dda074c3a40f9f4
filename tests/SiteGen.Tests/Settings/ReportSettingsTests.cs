using SiteGen.Cli;
using SiteGen.Settings;

namespace SiteGen.Tests;

/// <summary><c>report.yml</c>: read with the front matter's rules, every problem at its line, a default for what is missing or wrong.</summary>
public sealed class ReportSettingsTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("sitegen-settings-").FullName;

    private string File => Path.Combine(_folder, ReportSettings.FileName);

    [Fact]
    public void Without_a_file_the_report_is_named_after_its_folder_in_English()
    {
        var read = ReportSettingsReader.Read(_folder);

        read.Problems.ShouldBeEmpty();
        read.Settings.ShouldBe(new ReportSettings { Title = Path.GetFileName(_folder), Description = string.Empty, Language = "en", BaseUrl = null });
    }

    [Fact]
    public void Every_field_is_read_and_the_address_becomes_a_folder()
    {
        Write("""
            # A comment
            title: "Kyiv: the archive"
            description: Every report, side by side.
            language: uk
            base_url: https://example.org/archive
            """);

        var read = ReportSettingsReader.Read(_folder);

        read.Problems.ShouldBeEmpty();
        read.Settings.ShouldBe(new ReportSettings { Title = "Kyiv: the archive", Description = "Every report, side by side.", Language = "uk", BaseUrl = new Uri("https://example.org/archive/") });
    }

    [Fact]
    public void A_misspelled_field_is_a_warning_with_the_closest_name_and_the_default_stands()
    {
        Write("""
            language: en
            tilte: The archive
            """);

        var read = ReportSettingsReader.Read(_folder);

        read.HasErrors.ShouldBeFalse();
        read.Problems.ShouldHaveSingleItem().ToString().ShouldBe($"{File}(2,1): warning SG0006: Unknown field 'tilte' in this report settings file: did you mean 'title'?");
        read.Settings.Title.ShouldBe(Path.GetFileName(_folder));
    }

    [Theory]
    [InlineData("language: English!", "(1,11): error SG0005: Field 'language' must be a language tag such as 'en', 'uk' or 'pt-BR', not 'English!'")]
    [InlineData("base_url: ftp://example.org/", "(1,11): error SG0005: Field 'base_url' is not a URL: 'ftp://example.org/'; write a full address starting with https:// or http://")]
    [InlineData("base_url: https://example.org/?page=1", "(1,11): error SG0005: Field 'base_url' must be a folder's address, without '?' or '#': the pages' paths are added to it")]
    [InlineData("title: [The, archive]", "(1,8): error SG0005: Field 'title' must be a single text value, not a list; put it on one line after the colon")]
    public void A_value_of_the_wrong_kind_is_an_error_at_its_line_and_column(string yaml, string problem)
    {
        Write("description: An archive.\n" + yaml);

        var read = ReportSettingsReader.Read(_folder);

        read.HasErrors.ShouldBeTrue();
        read.Problems.ShouldHaveSingleItem().ToString().ShouldBe(File + problem.Replace("(1,", "(2,", StringComparison.Ordinal));
        read.Settings.Language.ShouldBe("en");
        read.Settings.Description.ShouldBe("An archive.");
    }

    [Fact]
    public void YAML_that_does_not_parse_is_an_error_at_the_file_s_own_line()
    {
        Write("title: The archive\ndescription: one\n\tlanguage: en\n");

        var problem = ReportSettingsReader.Read(_folder).Problems.ShouldHaveSingleItem();

        problem.ToString().ShouldStartWith($"{File}(3,1): error SG0003:");
        problem.Message.ShouldContain("tab");
    }

    [Fact]
    public void Build_stops_at_a_broken_settings_file_before_writing_anything()
    {
        Write("language: 42 languages");
        var report = FixtureReport.Report with { Settings = ReportSettingsReader.Read(_folder) };
        var output = Path.Combine(_folder, "_site");
        var (stdout, stderr) = (new StringWriter(), new StringWriter());

        CommandLine.Run(["build", "--out", output], stdout, stderr, report).ShouldBe(ExitCodes.ContentErrors);

        stderr.ToString().ShouldContain($"{File}(1,11): error SG0005: Field 'language'");
        stderr.ToString().ShouldContain("Build failed: fix the errors above in report.yml.");
        Directory.Exists(output).ShouldBeFalse();
        CommandLine.Run(["check"], new StringWriter(), stderr, report).ShouldBe(ExitCodes.ContentErrors);
    }

    [Fact]
    public void The_settings_name_the_site_and_its_language_on_every_page_and_in_the_feed()
    {
        Write("""
            title: Обмін полоненими
            description: Звіти <поруч>.
            language: uk
            base_url: https://example.org/obmin/
            """);
        var report = FixtureReport.Report with { Settings = ReportSettingsReader.Read(_folder) };
        var output = Path.Combine(_folder, "_site");

        CommandLine.Run(["build", "--out", output], new StringWriter(), new StringWriter(), report).ShouldBe(ExitCodes.Success);

        var home = System.IO.File.ReadAllText(Path.Combine(output, "index.html"));
        home.ShouldContain("<html lang=\"uk\">");
        home.ShouldContain("Обмін полоненими");
        home.ShouldContain("Звіти &lt;поруч&gt;.");
        var feed = System.IO.File.ReadAllText(Path.Combine(output, "feed.xml"));
        feed.ShouldContain("xml:lang=\"uk\"");
        feed.ShouldContain("<title>Обмін полоненими</title>");
        System.IO.File.ReadAllText(Path.Combine(output, "sitemap.xml")).ShouldContain("<loc>https://example.org/obmin/index.html</loc>");
    }

    [Fact]
    public void The_fixture_report_has_settings_without_problems()
    {
        FixtureReport.Report.Settings.Problems.ShouldBeEmpty();
        FixtureReport.Settings.Title.ShouldBe("The May 2025 prisoner exchange");
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private void Write(string yaml) => System.IO.File.WriteAllText(File, yaml);
}
