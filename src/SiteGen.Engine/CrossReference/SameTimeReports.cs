using SiteGen.Extract;

namespace SiteGen.CrossReference;

/// <summary>
/// Reports of one quantity that describe the same time, compared with each other: their verdict, how far apart they
/// are, and which of them no other report can agree with.
/// </summary>
/// <param name="Time">The earliest reference time of the reports.</param>
/// <param name="Outliers">Reports whose range meets no other report's range.</param>
internal sealed record SameTimeReports(DateValue Time, IReadOnlyList<QuantityReport> Reports, QuantityVerdict Verdict, ReportSpread Spread, IReadOnlySet<QuantityReport> Outliers)
{
    /// <param name="reports">At least one report.</param>
    public static SameTimeReports Of(IReadOnlyList<QuantityReport> reports)
    {
        return new SameTimeReports(reports.Min(r => r.Date), reports, VerdictOf(reports), ReportSpread.Of(reports), Outlying(reports));
    }

    /// <summary>
    /// The reports whose range meets no other's. In order of their lowest value, a range meets an earlier one when the
    /// highest end before it reaches it, and a later one when the next range starts within it: one sort, not every
    /// pair (a level reported in every article of an archive has thousands of reports).
    /// </summary>
    private static HashSet<QuantityReport> Outlying(IReadOnlyList<QuantityReport> reports)
    {
        var outliers = new HashSet<QuantityReport>();
        if (reports.Count < 2)
        {
            return outliers;
        }

        var byLow = reports.OrderBy(r => r.Range.Low).ToList();
        var highestBefore = decimal.MinValue;
        for (var i = 0; i < byLow.Count; i++)
        {
            var range = byLow[i].Range;
            var meetsEarlier = highestBefore >= range.Low;
            var meetsLater = i + 1 < byLow.Count && byLow[i + 1].Range.Low <= range.High;
            if (!meetsEarlier && !meetsLater)
            {
                outliers.Add(byLow[i]);
            }

            highestBefore = Math.Max(highestBefore, range.High);
        }

        return outliers;
    }

    private static QuantityVerdict VerdictOf(IReadOnlyList<QuantityReport> reports)
    {
        if (reports.Count == 1)
        {
            return QuantityVerdict.OneReport;
        }

        var ranges = reports.Select(r => r.Range).ToList();
        if (ranges.Max(r => r.Low) > ranges.Min(r => r.High))
        {
            return QuantityVerdict.Conflict;
        }

        if (ranges.Distinct().Count() == 1)
        {
            return QuantityVerdict.Agree;
        }

        // "more than a dozen" gives a size, not a number of its own: it does not make the numbers differ.
        var numbersGiven = reports
            .Where(r => !r.Mention.Figure.Round)
            .Select(r => (r.Mention.Figure.Value, r.Mention.Figure.High))
            .Distinct()
            .Count();
        return numbersGiven <= 1 ? QuantityVerdict.Consistent : QuantityVerdict.Differ;
    }
}
