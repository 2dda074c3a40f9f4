using System.Globalization;
using System.Reflection;
using SiteGen.Diagnostics;
using SiteGen.Schema;
using SiteGen.Templates;

namespace SiteGen.Tests;

/// <summary>One catalogue of every diagnostic: the generator's and the engine's ids are in it, and the README's table says what it says.</summary>
public sealed class DiagnosticCatalogueTests
{
    [Fact]
    public void The_catalogue_lists_each_id_once_in_order()
    {
        var ids = DiagnosticCatalogue.All.Select(entry => entry.Id).ToList();

        ids.ShouldBe(ids.Order(StringComparer.Ordinal).Distinct(StringComparer.Ordinal).ToList());
    }

    [Fact]
    public void Every_id_the_generator_and_the_engine_report_is_in_the_catalogue_with_its_severity()
    {
        var engine = typeof(SiteErrorIds).GetFields(BindingFlags.Public | BindingFlags.Static).Select(field => (string)field.GetValue(null)!);
        var templates = typeof(TemplateRules).GetFields(BindingFlags.Public | BindingFlags.Static).Where(field => field.Name.EndsWith("Id", StringComparison.Ordinal)).Select(field => (string)field.GetValue(null)!);

        DiagnosticCatalogue.All.Select(entry => entry.Id).ShouldBe(engine.Concat(templates).Concat(ContentRules.All.Select(rule => rule.Id)).Distinct().Order(StringComparer.Ordinal));
        ContentRules.All.ShouldAllBe(rule => DiagnosticCatalogue.SeverityOf(rule.Id) == (rule.IsError ? Severity.Error : Severity.Warning));
    }

    [Fact]
    public void The_readmes_table_names_every_id_in_order_and_marks_each_warning_and_information()
    {
        var rows = File.ReadLines(Path.Combine(RepositoryFolders.Root, "README.md"))
            .Where(line => line.StartsWith("| SG", StringComparison.Ordinal))
            .Select(line => line.Split('|', StringSplitOptions.TrimEntries))
            .SelectMany(cells => IdsOf(cells[1]).Select(id => (Id: id, Severity: SeverityWritten(cells[2]))))
            .ToList();

        rows.ShouldBe(DiagnosticCatalogue.All.Select(entry => (entry.Id, entry.Severity)).ToList());
    }

    /// <summary>"SG0010", "SG0403, SG0404" or "SG0101–SG0104".</summary>
    private static IEnumerable<string> IdsOf(string cell) =>
        cell.Split(',', StringSplitOptions.TrimEntries).SelectMany(part => part.Split('–') is [var first, var last]
            ? Enumerable.Range(Number(first), Number(last) - Number(first) + 1).Select(n => "SG" + n.ToString("D4", CultureInfo.InvariantCulture))
            : [part]);

    private static int Number(string id) => int.Parse(id.AsSpan(2), CultureInfo.InvariantCulture);

    private static Severity SeverityWritten(string cell) =>
        cell.StartsWith("warning:", StringComparison.Ordinal) ? Severity.Warning
        : cell.StartsWith("information", StringComparison.Ordinal) ? Severity.Information
        : Severity.Error;
}
