using System.Reflection;
using SiteGen.Content;

namespace SiteGen.Cli;

/// <summary>
/// The files of a new, empty report, shipped beside this program in <c>starter/</c>: the project file that references
/// the engine package of this program's version, <c>report.yml</c>, the starter templates, a README for its writers, a
/// publishing workflow and the tool manifest that pins <c>sitegen</c>.
/// </summary>
internal static class StarterReport
{
    /// <summary>The starter files, from the starter folder's name to the path in a new report.</summary>
    private static readonly (string From, string To)[] Files =
    [
        ("Report.csproj", "Report.csproj"),
        ("report.yml", "report.yml"),
        ("README.md", "README.md"),
        ("gitignore", ".gitignore"),
        ("dotnet-tools.json", ".config/dotnet-tools.json"),
        ("report-workflow.yml", ".github/workflows/report.yml"),
    ];

    /// <summary>The version of the engine this program renders with, which a new report's project references.</summary>
    public static string EngineVersion { get; } =
        typeof(ContentSet).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion.Split('+')[0]
        ?? typeof(ContentSet).Assembly.GetName().Version!.ToString(3);

    private static string Starter => Path.Combine(AppContext.BaseDirectory, "starter");

    /// <summary>The packages a report restores from SiteGen's own feed: the tool its manifest pins and the engine its project references.</summary>
    private static readonly string[] Packages = ["SiteGen", "SiteGen.Engine"];

    /// <summary>Writes a new report titled <paramref name="title"/> into <paramref name="folder"/>, which must be new or empty.</summary>
    /// <param name="packages">A folder of SiteGen's packages to carry in the report (<c>packages/</c>, named by its
    /// <c>nuget.config</c>), so a clean machine or CI runner restores them from the report itself; none when null.</param>
    /// <returns>The files written, relative to the folder.</returns>
    public static IReadOnlyList<string> Write(string folder, string title, string? packages = null)
    {
        if (Directory.Exists(folder) && Directory.EnumerateFileSystemEntries(folder).Any())
        {
            throw new UsageException($"{folder} is not empty; init writes a new report into a new or empty folder");
        }

        if (EnclosingReport(folder) is var (report, part))
        {
            throw new UsageException($"{folder} is inside {part}/ of the report in {report}, which would read the new report's files as its own; make the new report outside it");
        }

        var carried = packages == null ? [] : PackagesIn(packages);

        if (!Directory.Exists(Path.Combine(Starter, "templates")))
        {
            throw new UsageException($"this installation of sitegen has no starter report in {Starter}; reinstall the tool");
        }

        var written = new List<string>();
        foreach (var (from, to) in Files)
        {
            var text = File.ReadAllText(Path.Combine(Starter, from))
                .Replace("{{version}}", EngineVersion, StringComparison.Ordinal)
                .Replace("{{title}}", to == "report.yml" ? ContentScaffold.Quoted(title) : title, StringComparison.Ordinal);
            written.Add(WriteFile(folder, to, text));
        }

        var templates = Path.Combine(Starter, "templates");
        foreach (var file in Directory.EnumerateFiles(templates, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            var to = Path.Combine("templates", Path.GetRelativePath(templates, file)).Replace('\\', '/');
            written.Add(WriteFile(folder, to, File.ReadAllText(file)));
        }

        foreach (var collection in ReportCollections.All)
        {
            Directory.CreateDirectory(Path.Combine(folder, "content", collection.Folder));
        }

        Directory.CreateDirectory(Path.Combine(folder, "static"));
        foreach (var package in carried)
        {
            var to = "packages/" + Path.GetFileName(package);
            Directory.CreateDirectory(Path.Combine(folder, "packages"));
            File.Copy(package, Path.Combine(folder, to));
            written.Add(to);
        }

        if (carried.Count > 0)
        {
            written.Add(WriteFile(folder, "nuget.config", File.ReadAllText(Path.Combine(Starter, "nuget.config"))));
        }

        return written;
    }

    /// <summary>The report whose content, templates or static files <paramref name="folder"/> would be among, if any, and which of its folders.</summary>
    private static (string Report, string Part)? EnclosingReport(string folder)
    {
        for (var inside = new DirectoryInfo(folder); inside.Parent is { } parent; inside = parent)
        {
            if (inside.Name is "content" or "templates" or "static" && File.Exists(Path.Combine(parent.FullName, Settings.ReportSettings.FileName))
                && Directory.EnumerateFiles(parent.FullName, "*.csproj").Any())
            {
                return (parent.FullName, inside.Name);
            }
        }

        return null;
    }

    /// <summary>The package files of this version in <paramref name="feed"/>, each required: a report missing one does not restore.</summary>
    private static List<string> PackagesIn(string feed)
    {
        var found = new List<string>();
        foreach (var id in Packages)
        {
            var file = Path.Combine(feed, id + "." + EngineVersion + ".nupkg");
            if (!File.Exists(file))
            {
                throw new UsageException($"{feed} has no {Path.GetFileName(file)}; give --packages the folder sitegen {EngineVersion} was installed from (where dotnet pack wrote SiteGen and SiteGen.Engine)");
            }

            found.Add(file);
        }

        return found;
    }

    private static string WriteFile(string folder, string relative, string text)
    {
        var path = Path.Combine(folder, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
        return relative;
    }
}
