using SiteGen.CrossReference;

namespace SiteGen.Model;

/// <summary>How a comparison of reports reads on the site: its verdict, what the verdict means, and how far apart the reports are.</summary>
internal static class ComparisonWording
{
    public static string Label(QuantityVerdict verdict) => verdict switch
    {
        QuantityVerdict.NoReport => "No report gives a number",
        QuantityVerdict.OneReport => "One report",
        QuantityVerdict.Series => "A count over time",
        QuantityVerdict.Agree => "Reports agree",
        QuantityVerdict.Consistent => "Reports consistent",
        QuantityVerdict.Differ => "Reports differ",
        _ => "Reports conflict",
    };

    /// <summary>The verdict's name for machines: a class in the page, a value in the data export.</summary>
    public static string Key(QuantityVerdict verdict) => verdict switch
    {
        QuantityVerdict.NoReport => "no-report",
        QuantityVerdict.OneReport => "one-report",
        _ => verdict.ToString().ToLowerInvariant(),
    };

    public static string Explanation(QuantityComparison comparison) => comparison.Verdict switch
    {
        QuantityVerdict.NoReport => "No article gives a number for it yet.",
        QuantityVerdict.OneReport => "Only one report gives a number: there is nothing to compare it with.",
        QuantityVerdict.Series => "A running total, given at " + Wording.Counted(comparison.Times.Count, "time") + " from "
            + comparison.Times[0].Time.Display + " to " + comparison.Times[^1].Time.Display
            + ": shown in time order, and only reports of the same time are compared.",
        QuantityVerdict.Agree => "Every report gives the same number.",
        QuantityVerdict.Consistent => "The reports word it differently, but give one number and every qualifier allows it.",
        QuantityVerdict.Differ => "The numbers given differ, though one value would fit every report.",
        _ => "No single value fits every report of the same time.",
    };

    /// <summary>
    /// "From at least 8,000 (The Kyiv Independent, citing Iryna Vereshchuk) to approximately 10,000 (…): 25% apart",
    /// for each time whose reports differ or conflict; empty when none does.
    /// </summary>
    public static IReadOnlyList<string> Spreads(QuantityComparison comparison, Func<QuantityReport, string> source)
    {
        var spreads = new List<string>();
        foreach (var time in comparison.Times.Where(t => t.Verdict >= QuantityVerdict.Differ))
        {
            var spread = time.Spread;
            var gap = spread.GapPercent is { } percent ? ": " + percent.ToString(System.Globalization.CultureInfo.InvariantCulture) + "% apart" : string.Empty;
            var when = comparison.Times.Count > 1 ? " (" + time.Time.Display + ")" : string.Empty;
            spreads.Add("From " + Reported(spread.Lowest) + " (" + source(spread.Lowest) + ") to "
                + Reported(spread.Highest) + " (" + source(spread.Highest) + ")" + gap + when);
        }

        return spreads;
    }

    /// <summary>The figure as the sentence words it, its qualifier in lower case where it opened the sentence ("At least 8,000").</summary>
    private static string Reported(QuantityReport report)
    {
        var text = report.Mention.Text;
        return report.Mention.Figure.Qualifier.Length > 0 && char.IsUpper(text[0]) ? char.ToLowerInvariant(text[0]) + text[1..] : text;
    }
}
