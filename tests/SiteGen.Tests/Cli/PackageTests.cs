namespace SiteGen.Tests;

/// <summary>
/// What a newsroom does: packs of this repository (the sitegen tool and the SiteGen.Engine package, packed from a
/// compiled copy of its sources so nothing is built in the repository itself) go into a local feed; the tool is
/// installed from it, <c>init</c> writes a report in an empty folder, and <c>build</c>, <c>new</c> and <c>check</c>
/// work there with none of this repository's sources and an empty package cache.
/// </summary>
[Collection(CompiledRepositoryCopy.Collection)]
public sealed class PackageTests(CompiledRepositoryCopy copy) : IDisposable
{
    private static readonly TimeSpan Limit = TimeSpan.FromMinutes(5);

    private static string Version => Cli.StarterReport.EngineVersion;

    private readonly string _folder = Directory.CreateTempSubdirectory("sitegen-package-").FullName;

    private string Feed => Path.Combine(_folder, "feed");

    private string Tool => Path.Combine(_folder, "tool", "sitegen");

    private string ReportFolder => Path.Combine(_folder, "newsroom-report");

    private Dictionary<string, string> Environment => new()
    {
        ["NUGET_PACKAGES"] = Path.Combine(_folder, "packages"),
        ["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1",
        ["DOTNET_NOLOGO"] = "1",
    };

    [Fact]
    public void A_report_made_by_the_installed_tool_builds_and_checks_without_the_repository()
    {
        Pack();
        Run("dotnet", ["tool", "install", "SiteGen", "--tool-path", Path.Combine(_folder, "tool"), "--add-source", Feed, "--version", Version], _folder);

        Run(Tool, ["init", ReportFolder, "--title", "The \"City\" desk", "--packages", Feed], _folder).ShouldContain("Created a report in " + ReportFolder);
        File.Exists(Path.Combine(ReportFolder, "nuget.config")).ShouldBeTrue("the report names the packages it carries");
        Directory.Delete(Feed, recursive: true); // from here on the report restores SiteGen from its own packages/
        File.ReadAllText(Path.Combine(ReportFolder, "Report.csproj")).ShouldContain($"Include=\"SiteGen.Engine\" Version=\"{Version}\"");
        File.Exists(Path.Combine(ReportFolder, ".github", "workflows", "report.yml")).ShouldBeTrue();
        File.Exists(Path.Combine(ReportFolder, "templates", "layout.sbn-html")).ShouldBeTrue();

        var site = Path.Combine(ReportFolder, "_site");
        Run(Tool, ["build"], ReportFolder).ShouldContain("(0 articles, 0 people, 0 outlets)");
        File.ReadAllText(Path.Combine(site, "index.html")).ShouldContain("The &quot;City&quot; desk");

        Run(Tool, ["new", "outlet", "City Herald"], ReportFolder);
        File.WriteAllText(Path.Combine(ReportFolder, "content", "articles", "2025-06-01-council-meets.md"), """
            ---
            title: "The council meets"
            slug: council-meets
            date: 2025-06-01
            outlet: city-herald
            summary: "The city council met on Sunday."
            source: "Written for this test."
            ---
            The council said 12 members attended on 1 June 2025.
            """);
        Run(Tool, ["build"], ReportFolder).ShouldContain("(1 articles, 0 people, 1 outlets)");
        File.ReadAllText(Path.Combine(site, "articles", "council-meets", "index.html")).ShouldContain("members attended on");
        Run(Tool, ["check", "--warnings-as-errors"], ReportFolder).ShouldContain("0 broken link(s)");

        var broken = Path.Combine(ReportFolder, "content", "articles", "2025-06-02-broken.md");
        File.WriteAllText(broken, "---\ntitle: Broken\nslug: broken\ndate: 2025-06-31\nsummary: s\nsource: s\n---\nText.\n");
        var failed = ToolProcess.Run(Tool, ["build"], ReportFolder, Limit, Environment);
        failed.ExitCode.ShouldBe(1, failed.Output + failed.Errors);
        failed.Errors.ShouldContain($"{broken}(4,7): error SG0005:");
        File.Delete(broken);

        // The generator checks the templates with the Scriban that travels beside it in the package.
        var layout = Path.Combine(ReportFolder, "templates", "layout.sbn-html");
        File.WriteAllText(layout, File.ReadAllText(layout).Replace("{{ site_title }}", "{{ site_titel }}", StringComparison.Ordinal));
        var misspelled = ToolProcess.Run(Tool, ["build"], ReportFolder, Limit, Environment);
        misspelled.ExitCode.ShouldBe(1, misspelled.Output + misspelled.Errors);
        misspelled.Errors.ShouldContain("error SG0202: 'site_titel' is not a value of LayoutView; did you mean 'site_title'?");
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    /// <summary>Packs the engine and the tool as the compiled copy built them.</summary>
    private void Pack()
    {
        foreach (var project in new[] { "src/SiteGen.Engine/SiteGen.Engine.csproj", "src/SiteGen/SiteGen.csproj" })
        {
            var pack = ToolProcess.Run("dotnet", ["pack", project, "-c", "Debug", "--no-build", "-o", Feed, "-nologo"], copy.Folder, Limit);
            pack.ExitCode.ShouldBe(0, pack.Output + pack.Errors);
        }
    }

    private string Run(string program, string[] arguments, string folder)
    {
        var run = ToolProcess.Run(program, arguments, folder, Limit, Environment);
        run.ExitCode.ShouldBe(0, $"{program} {string.Join(' ', arguments)}: {run.Output}{run.Errors}");
        return run.Output;
    }
}
