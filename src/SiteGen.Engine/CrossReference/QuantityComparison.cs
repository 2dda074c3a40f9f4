using SiteGen.Content;

namespace SiteGen.CrossReference;

/// <summary>
/// The reports of one tracked quantity side by side. They diverge when they give different numbers, and a report
/// conflicts when its range (after its qualifier) meets no other outlet's range.
/// </summary>
public sealed record QuantityComparison(Quantity Quantity, IReadOnlyList<QuantityReport> Reports, IReadOnlySet<QuantityReport> Conflicting)
{
    public bool Diverges => Reports.Select(r => (r.Mention.Figure.Value, r.Mention.Figure.High)).Distinct().Count() > 1;

    public string Verdict => Reports.Count switch
    {
        0 => "No report gives a number",
        1 => "One report",
        _ when Conflicting.Count > 0 => "Reports conflict",
        _ when Diverges => "Reports differ",
        _ => "Reports agree",
    };

    public static QuantityComparison Of(Quantity quantity, IEnumerable<QuantityReport> reports)
    {
        var ordered = reports
            .OrderBy(r => r.Mention.Sentence.Article.Date)
            .ThenBy(r => r.Mention.Sentence.Article.Slug, StringComparer.Ordinal)
            .ThenBy(r => int.Parse(r.Mention.Sentence.Anchor[2..], System.Globalization.CultureInfo.InvariantCulture))
            .ToList();
        var conflicting = ordered
            .Where(r => ordered.Count > 1 && ordered.Where(other => !ReferenceEquals(other, r)).All(other => !other.Range.Meets(r.Range)))
            .ToHashSet();
        return new QuantityComparison(quantity, ordered, conflicting);
    }
}
