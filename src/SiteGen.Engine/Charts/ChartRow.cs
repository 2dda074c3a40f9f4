namespace SiteGen.Charts;

/// <summary>One bar of a stacked bar chart: its label and one count per series (zero where a series has none).</summary>
internal sealed record ChartRow(string Label, IReadOnlyList<int> Counts)
{
    public int Total => Counts.Sum();
}
