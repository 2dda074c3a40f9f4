using System.Reflection;
using System.Text;
using Scriban.Runtime;
using SiteGen.Model.Views;

namespace SiteGen.Tests;

/// <summary>docs/templates.md lists every value a template may use, in Scriban's names: the list is the view records'.</summary>
public sealed class TemplateValuesDocumentationTests
{
    private const string Start = "<!-- values: start -->";
    private const string End = "<!-- values: end -->";

    [Fact]
    public void The_documented_values_are_the_view_records_properties()
    {
        var document = File.ReadAllText(Path.Combine(RepositoryFolders.Root, "docs", "templates.md"));
        var from = document.IndexOf(Start, StringComparison.Ordinal);
        var to = document.IndexOf(End, StringComparison.Ordinal);
        from.ShouldBeGreaterThan(0, $"docs/templates.md has no {Start} … {End} block");

        var documented = document[(from + Start.Length)..to].Trim().ReplaceLineEndings("\n");
        documented.ShouldBe(Table(), "docs/templates.md lists other values than the views have; replace its table with the expected one");
    }

    /// <summary>Every record of the views' namespace and its properties, as templates spell them.</summary>
    private static string Table()
    {
        var table = new StringBuilder("| record | values |\n| --- | --- |");
        foreach (var view in typeof(LayoutView).Assembly.GetExportedTypes()
            .Where(t => t.Namespace == typeof(LayoutView).Namespace)
            .OrderBy(t => t.Name, StringComparer.Ordinal))
        {
            var names = view.GetProperties(BindingFlags.Public | BindingFlags.Instance).Select(p => "`" + StandardMemberRenamer.Rename(p.Name) + "`");
            table.Append("\n| `").Append(view.Name).Append("` | ").Append(string.Join(", ", names)).Append(" |");
        }

        return table.ToString();
    }
}
