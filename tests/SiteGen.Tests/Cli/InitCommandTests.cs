using SiteGen.Cli;
using SiteGen.Settings;

namespace SiteGen.Tests;

/// <summary><c>init DIR</c> writes a report that reads without a problem, into a new or empty folder only.</summary>
public sealed class InitCommandTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("sitegen-init-").FullName;

    [Fact]
    public void A_new_report_has_its_project_settings_templates_and_collections()
    {
        var report = Path.Combine(_folder, "desk");
        var (stdout, stderr) = (new StringWriter(), new StringWriter());

        CommandLine.Run(["init", report, "--title", "Kyiv: \"the\" desk\\"], stdout, stderr).ShouldBe(ExitCodes.Success, stderr.ToString());

        var settings = ReportSettingsReader.Read(report);
        settings.Problems.ShouldBeEmpty();
        settings.Settings.Title.ShouldBe("Kyiv: \"the\" desk\\");
        File.ReadAllText(Path.Combine(report, "Report.csproj")).ShouldContain($"Version=\"{StarterReport.EngineVersion}\"");
        File.ReadAllText(Path.Combine(report, ".config", "dotnet-tools.json")).ShouldContain($"\"version\": \"{StarterReport.EngineVersion}\"");
        foreach (var template in Directory.EnumerateFiles(Path.Combine(RepositoryFolders.Root, "templates"), "*", SearchOption.AllDirectories))
        {
            File.Exists(Path.Combine(report, "templates", Path.GetRelativePath(Path.Combine(RepositoryFolders.Root, "templates"), template))).ShouldBeTrue(template);
        }

        foreach (var collection in new[] { "articles", "people", "outlets", "quantities" })
        {
            Directory.Exists(Path.Combine(report, "content", collection)).ShouldBeTrue(collection);
        }

        File.ReadAllText(Path.Combine(report, ".gitignore")).ShouldContain("_site/");
        stdout.ToString().ShouldContain("Created a report in " + report);
    }

    [Fact]
    public void A_folder_with_anything_in_it_is_refused_and_left_as_it_was()
    {
        var kept = Path.Combine(_folder, "notes.txt");
        File.WriteAllText(kept, "mine");
        var stderr = new StringWriter();

        CommandLine.Run(["init", _folder], new StringWriter(), stderr).ShouldBe(ExitCodes.UsageError);

        stderr.ToString().ShouldContain($"{_folder} is not empty; init writes a new report into a new or empty folder");
        Directory.EnumerateFileSystemEntries(_folder).ShouldBe([kept]);
    }

    [Fact]
    public void With_packages_the_report_carries_them_and_its_nuget_config_names_them_and_a_feed_missing_one_is_refused()
    {
        var feed = Path.Combine(_folder, "feed");
        Directory.CreateDirectory(feed);
        File.WriteAllText(Path.Combine(feed, $"SiteGen.Engine.{StarterReport.EngineVersion}.nupkg"), "engine");
        var stderr = new StringWriter();

        CommandLine.Run(["init", Path.Combine(_folder, "refused"), "--packages", feed], new StringWriter(), stderr).ShouldBe(ExitCodes.UsageError);
        stderr.ToString().ShouldContain($"{feed} has no SiteGen.{StarterReport.EngineVersion}.nupkg");
        Directory.Exists(Path.Combine(_folder, "refused")).ShouldBeFalse("nothing is written for a feed that lacks a package");

        File.WriteAllText(Path.Combine(feed, $"SiteGen.{StarterReport.EngineVersion}.nupkg"), "tool");
        var report = Path.Combine(_folder, "desk");
        CommandLine.Run(["init", report, "--packages", feed], new StringWriter(), stderr).ShouldBe(ExitCodes.Success, stderr.ToString());

        File.ReadAllText(Path.Combine(report, "packages", $"SiteGen.{StarterReport.EngineVersion}.nupkg")).ShouldBe("tool");
        File.ReadAllText(Path.Combine(report, "packages", $"SiteGen.Engine.{StarterReport.EngineVersion}.nupkg")).ShouldBe("engine");
        File.ReadAllText(Path.Combine(report, "nuget.config")).ShouldContain("value=\"packages\"");
        File.ReadAllText(Path.Combine(report, ".github", "workflows", "report.yml")).ShouldContain($"sitegen {StarterReport.EngineVersion} is on no package source this report knows");
    }

    [Theory]
    [InlineData("content/articles/new-report")]
    [InlineData("templates/desk")]
    public void A_folder_inside_another_reports_content_or_templates_is_refused(string inside)
    {
        var outer = Path.Combine(_folder, "outer");
        CommandLine.Run(["init", outer], new StringWriter(), new StringWriter()).ShouldBe(ExitCodes.Success);
        var folder = Path.Combine(outer, inside);
        var stderr = new StringWriter();

        CommandLine.Run(["init", folder], new StringWriter(), stderr).ShouldBe(ExitCodes.UsageError);

        stderr.ToString().ShouldContain($"is inside {inside.Split('/')[0]}/ of the report in {outer}");
        Directory.Exists(folder).ShouldBeFalse();
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);
}
