namespace SiteGen.CrossReference;

/// <summary>
/// The lowest and the highest number among reports compared together, and who gave each: a range's two ends count as
/// numbers given.
/// </summary>
internal sealed record ReportSpread(QuantityReport Lowest, decimal Low, QuantityReport Highest, decimal High)
{
    /// <summary>How far the highest is above the lowest, in per cent of the lowest, rounded; null when the lowest is 0.</summary>
    public int? GapPercent => Low == 0 ? null : (int)Math.Round((High - Low) / Low * 100m, MidpointRounding.AwayFromZero);

    public static ReportSpread Of(IReadOnlyList<QuantityReport> reports)
    {
        var lowest = reports.MinBy(r => r.Mention.Figure.Value)!;
        var highest = reports.MaxBy(r => r.Mention.Figure.High ?? r.Mention.Figure.Value)!;
        return new ReportSpread(lowest, lowest.Mention.Figure.Value, highest, highest.Mention.Figure.High ?? highest.Mention.Figure.Value);
    }
}
