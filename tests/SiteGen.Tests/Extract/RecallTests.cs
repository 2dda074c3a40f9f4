using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text;
using System.Text.Json;
using Xunit.Abstractions;

namespace SiteGen.Tests;

/// <summary>
/// Measures how many of the people, dates and figures a careful reader marks in the sample articles
/// (<c>Recall/sample-gold.tsv</c>, checked by hand) the cross-referencing finds with the right value.
/// </summary>
public sealed class RecallTests(ITestOutputHelper output)
{
    [Theory]
    [InlineData("person", 0.95)]
    [InlineData("date", 0.95)]
    [InlineData("figure", 0.90)]
    public void Finds_what_a_reader_marks(string kind, double required)
    {
        var gold = Gold().Where(g => g.Kind == kind).ToList();
        var found = Found().Where(f => f.Kind == kind).ToHashSet();
        var hits = gold.Where(found.Contains).ToList();
        var missed = gold.Except(hits).ToList();
        var recall = (double)hits.Count / gold.Count;
        var precision = found.Count == 0 ? 0 : (double)found.Count(gold.Contains) / found.Count;

        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{kind}: recall {recall:P1} ({hits.Count} of {gold.Count}), precision {precision:P1} ({found.Count(gold.Contains)} of {found.Count})"));
        foreach (var miss in missed)
        {
            output.WriteLine($"  missed {miss.Article}#{miss.Anchor} '{miss.Text}' = {miss.Value}");
        }

        recall.ShouldBeGreaterThanOrEqualTo(required, string.Join("\n", missed));
    }

    private static IEnumerable<Mention> Found()
    {
        using var json = JsonDocument.Parse(SampleSite.Rendered.Files.Single(f => f.Path == "data/crossref.json").Content);
        var root = json.RootElement;
        var found = new List<Mention>();
        foreach (var person in root.GetProperty("people").EnumerateArray())
        {
            found.AddRange(Mentions("person", person, person.GetProperty("slug").GetString()!));
        }

        foreach (var date in root.GetProperty("dates").EnumerateArray())
        {
            found.AddRange(Mentions("date", date, date.GetProperty("date").GetString()!));
        }

        foreach (var figure in root.GetProperty("figures").EnumerateArray())
        {
            var value = figure.GetProperty("value").GetDecimal().ToString(CultureInfo.InvariantCulture);
            if (figure.TryGetProperty("high", out var high))
            {
                value += "-" + high.GetDecimal().ToString(CultureInfo.InvariantCulture);
            }

            found.AddRange(Mentions("figure", figure, value));
        }

        return found;
    }

    private static IEnumerable<Mention> Mentions(string kind, JsonElement entry, string value) =>
        entry.GetProperty("mentions").EnumerateArray().Select(m => new Mention(
            kind, m.GetProperty("article").GetString()!, m.GetProperty("anchor").GetString()!, m.GetProperty("text").GetString()!, value)).ToList();

    private static List<Mention> Gold([CallerFilePath] string source = "") =>
        File.ReadAllLines(Path.Combine(Path.GetDirectoryName(source)!, "Recall", "sample-gold.tsv"), Encoding.UTF8)
            .Where(line => line.Length > 0 && !line.StartsWith('#'))
            .Select(line => line.Split('\t'))
            .Select(f => new Mention(f[0], f[1], f[2], f[3], f[4]))
            .ToList();

    private sealed record Mention(string Kind, string Article, string Anchor, string Text, string Value);
}
