namespace SiteGen.Charts;

/// <summary>
/// One report on a range chart: the values it allows (<paramref name="High"/> is null when it is open-ended,
/// "at least 8,000"), the number as reported, and whether it meets no other report (an outlier).
/// </summary>
internal sealed record RangeRow(string Label, decimal Low, decimal? High, decimal Value, string ValueText, bool Outlier);
