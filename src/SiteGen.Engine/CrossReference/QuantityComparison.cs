using SiteGen.Content;

namespace SiteGen.CrossReference;

/// <summary>
/// The reports of one tracked quantity side by side, in the order of the times they describe. Reports of a level are
/// all compared with each other; reports of a running total (<see cref="Quantity.Cumulative"/>) only with reports of
/// the same time, the rest being a series.
/// </summary>
/// <param name="Times">The reports split by the time they describe: one group for a level, one per time for a running total.</param>
internal sealed record QuantityComparison(Quantity Quantity, IReadOnlyList<QuantityReport> Reports, IReadOnlyList<SameTimeReports> Times)
{
    /// <summary>The worst verdict among the times; <see cref="QuantityVerdict.Series"/> for a running total with nothing worse than agreement.</summary>
    public QuantityVerdict Verdict { get; } = Reports.Count == 0 ? QuantityVerdict.NoReport
        : Times.Count > 1 && Times.Max(t => t.Verdict) <= QuantityVerdict.Agree ? QuantityVerdict.Series
        : Times.Max(t => t.Verdict);

    /// <summary>Whether the reports give different numbers for the same time.</summary>
    public bool Diverges => Verdict >= QuantityVerdict.Differ;

    /// <summary>Whether no other report of its time can agree with <paramref name="report"/>.</summary>
    public bool IsOutlier(QuantityReport report) => Times.Any(t => t.Outliers.Contains(report));

    public static QuantityComparison Of(Quantity quantity, IEnumerable<QuantityReport> reports)
    {
        var ordered = reports
            .OrderBy(r => r.Date)
            .ThenBy(r => r.Mention.Sentence.Article.Date)
            .ThenBy(r => r.Mention.Sentence.Article.Slug, StringComparer.Ordinal)
            .ThenBy(r => r.Mention.Sentence.Position)
            .ToList();
        IReadOnlyList<SameTimeReports> times = ordered.Count == 0 ? []
            : quantity.Cumulative ? ByTime(ordered).Select(SameTimeReports.Of).ToList()
            : [SameTimeReports.Of(ordered)];
        return new QuantityComparison(quantity, ordered, times);
    }

    /// <summary>Reports in time order, cut where a report's time starts after every earlier report's time has ended.</summary>
    private static IEnumerable<List<QuantityReport>> ByTime(List<QuantityReport> ordered)
    {
        var group = new List<QuantityReport> { ordered[0] };
        var groupEnd = ordered[0].Date.LastDay;
        foreach (var report in ordered.Skip(1))
        {
            if (report.Date.FirstDay > groupEnd)
            {
                yield return group;
                group = [];
            }

            group.Add(report);
            groupEnd = report.Date.LastDay > groupEnd ? report.Date.LastDay : groupEnd;
        }

        yield return group;
    }
}
