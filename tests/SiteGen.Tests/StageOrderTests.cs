using System.Text.RegularExpressions;
using SiteGen.Tests.Browser;

namespace SiteGen.Tests;

/// <summary>
/// The engine's folders are its stages, in the order data flows through them; a stage may use the ones before it and
/// never one after it, so no two stages import each other and one can be changed without reading those that follow.
/// </summary>
public sealed partial class StageOrderTests
{
    /// <summary>The engine's folders, each after every folder it uses.</summary>
    private static readonly string[] Stages =
    [
        "Diagnostics",    // problems found at a file and line, and the ids; below every stage
        "Buffers",        // per-thread text and byte buffers
        "Content",        // read: content files into records
        "Settings",       // read: report.yml
        "Extract",        // extract: each sentence's names, dates, figures and quotes, as spans of text
        "CrossReference", // cross-reference: every mention by person, date, figure and quantity
        "Charts",         // SVG charts of counts and ranges
        "Markdown",       // render: bodies as HTML, their sentences linked
        "Model",          // plan: every page, with the view its template binds to
        "Render",         // render: pages through templates, data files, feed, search index
        "Write",          // write: the site into its folder, never a file SiteGen did not write
        "Build",          // the orchestrator: the stages in order
        "Check",          // check: links and anchors of a built site
        "Serve",          // the preview
    ];

    /// <summary>Namespaces shared with the source generator (generators/SiteGen.Generators/Shared), below every stage.</summary>
    private static readonly string[] Shared = ["FrontMatter", "Schema", "Templates", "Validation"];

    private static string Engine => Path.Combine(BrowserTools.RepositoryRoot, "src", "SiteGen.Engine");

    private static IEnumerable<string> EngineFiles() =>
        Directory.EnumerateFiles(Engine, "*.cs", SearchOption.AllDirectories)
            .Where(f => Path.GetRelativePath(Engine, f).Split(Path.DirectorySeparatorChar)[0] is not ("bin" or "obj"));

    [Fact]
    public void Every_folder_of_the_engine_is_a_stage_in_the_list()
    {
        var folders = Directory.EnumerateDirectories(Engine).Select(Path.GetFileName).Where(f => f is not ("bin" or "obj")).Order(StringComparer.Ordinal);
        folders.ShouldBe(Stages.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Every_file_is_in_the_namespace_of_its_folder()
    {
        var wrong = EngineFiles()
            .Select(f => (File: Path.GetRelativePath(Engine, f), Namespace: NamespaceOf().Match(File.ReadAllText(f)).Groups[1].Value))
            .Where(f => f.Namespace != "SiteGen." + Path.GetDirectoryName(f.File)!.Replace(Path.DirectorySeparatorChar, '.'))
            .Select(f => $"{f.File} is in {f.Namespace}")
            .ToList();
        wrong.ShouldBeEmpty();
    }

    [Fact]
    public void Every_file_of_the_generator_is_in_the_namespace_of_its_folder()
    {
        // Shared/ is compiled into the engine too, so its folders are namespaces of their own (SiteGen.FrontMatter);
        // the polyfills stand in for the framework's types, in the framework's namespace.
        var generator = Path.Combine(BrowserTools.RepositoryRoot, "generators", "SiteGen.Generators");
        var wrong = Directory.EnumerateFiles(generator, "*.cs", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(generator, f))
            .Where(f => f.Split(Path.DirectorySeparatorChar)[0] is not ("bin" or "obj" or "Polyfills"))
            .Select(f => (File: f, Namespace: GeneratorNamespaceOf().Match(File.ReadAllText(Path.Combine(generator, f))).Groups[1].Value))
            .Where(f => f.Namespace != ExpectedGeneratorNamespace(Path.GetDirectoryName(f.File)!.Replace(Path.DirectorySeparatorChar, '.')))
            .Select(f => $"{f.File} is in {f.Namespace}")
            .ToList();
        wrong.ShouldBeEmpty();
    }

    private static string ExpectedGeneratorNamespace(string folder) =>
        folder.Length == 0 ? "SiteGen.Generators"
        : folder.StartsWith("Shared.", StringComparison.Ordinal) ? "SiteGen." + folder["Shared.".Length..]
        : "SiteGen.Generators." + folder;

    [Fact]
    public void A_stage_uses_only_the_stages_before_it()
    {
        var backwards = new List<string>();
        foreach (var file in EngineFiles())
        {
            var relative = Path.GetRelativePath(Engine, file);
            var stage = relative.Split(Path.DirectorySeparatorChar)[0];
            var at = Array.IndexOf(Stages, stage);
            foreach (var used in StagesUsedBy(File.ReadAllText(file)).Where(used => used != stage && !Shared.Contains(used)))
            {
                var usedAt = Array.IndexOf(Stages, used);
                if (usedAt < 0 || usedAt > at)
                {
                    backwards.Add($"{relative} ({stage}) uses {used}");
                }
            }
        }

        backwards.ShouldBeEmpty();
    }

    [Fact]
    public void The_check_finds_a_stage_that_uses_a_later_one()
    {
        StagesUsedBy("using SiteGen.Model;\nnamespace SiteGen.Markdown;\nvar x = SiteGen.Render.Sitemap.Path;").ShouldBe(["Model", "Render"], ignoreOrder: true);
    }

    /// <summary>The engine folders a file names, by <c>using</c> or by a qualified name (<c>SiteGen.Model.Page</c>).</summary>
    private static IEnumerable<string> StagesUsedBy(string source) =>
        UsedNamespace().Matches(NamespaceOf().Replace(source, string.Empty)).Select(m => m.Groups[1].Value).Distinct(StringComparer.Ordinal);

    [GeneratedRegex(@"^namespace (SiteGen[\w.]*);", RegexOptions.Multiline)]
    private static partial Regex NamespaceOf();

    [GeneratedRegex(@"^namespace ([\w.]+)", RegexOptions.Multiline)]
    private static partial Regex GeneratorNamespaceOf();

    [GeneratedRegex(@"\bSiteGen\.([A-Z]\w*)")]
    private static partial Regex UsedNamespace();
}
