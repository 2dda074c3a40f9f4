using SiteGen.Charts;
using SiteGen.Content;
using SiteGen.CrossReference;
using SiteGen.Extract;
using SiteGen.Markdown;
using SiteGen.Html;

namespace SiteGen.Model;

/// <summary>The charts of the report, drawn from its mentions: timelines of dates by outlet, and each quantity's reports side by side.</summary>
/// <param name="outletName">The name an article's outlet goes by on the site (<see cref="Outlet.Unnamed"/> is listed last).</param>
internal sealed class SiteCharts(Func<Article, string> outletName)
{
    /// <summary>Descriptions list every bar up to this many; longer charts point to the list beside them.</summary>
    private const int DescribedRows = 30;

    /// <summary>A chart taller than this many bars is drawn by month instead, or by year if still too tall: a bar per date of a large archive would be metres long.</summary>
    public const int MaxRows = 60;

    /// <summary>A bar per date (or month, or year: see <see cref="MaxRows"/>), in order, split by outlet: how many sentences mention it.</summary>
    public Utf8Html TimelineChart(string id, string title, IEnumerable<(DateValue Date, SentenceRef Sentence)> mentions, string listedBelow)
    {
        var all = mentions as IReadOnlyCollection<(DateValue Date, SentenceRef Sentence)> ?? mentions.ToList();
        var (series, seriesOf) = Series(all);
        var (unit, bucket) = Buckets(all.Select(m => m.Date).Distinct().ToList());
        // A sentence counts once per bar and outlet, however many of the bar's dates it mentions.
        var counted = new HashSet<(DateValue Bar, SentenceRef Sentence)>(all.Count);
        var counts = new SortedDictionary<DateValue, int[]>();
        foreach (var (date, sentence) in all)
        {
            var bar = bucket(date);
            if (!counted.Add((bar, sentence)))
            {
                continue;
            }

            if (!counts.TryGetValue(bar, out var perOutlet))
            {
                perOutlet = new int[series.Count];
                counts.Add(bar, perOutlet);
            }

            perOutlet[seriesOf[outletName(sentence.Article)]]++;
        }

        var rows = counts.Select(c => (Date: c.Key, Row: new ChartRow(c.Key.ShortDisplay, c.Value))).ToList();
        var description = rows.Count <= DescribedRows
            ? "Sentences per " + unit + ": " + string.Join("; ", rows.Select(r => r.Row.Label + ": " + r.Row.Total + " (" + string.Join(", ",
                series.Zip(r.Row.Counts).Where(s => s.Second > 0).Select(s => s.First + " " + s.Second)) + ")")) + "."
            : Wording.Counted(rows.Count, unit) + " from " + rows[0].Date.ShortDisplay + " to " + rows[^1].Date.ShortDisplay + "; " + listedBelow;
        return Utf8Html.Of(StackedBarChart.Draw(id, unit == "date" ? title : title + " (by " + unit + ")", description, series, rows.Select(r => r.Row).ToList()));
    }

    /// <summary>
    /// The outlets a timeline tells apart, named outlets by name and the unnamed last, and the series each outlet's
    /// sentences count in: with more outlets than the stylesheet has colours, the ones with the most sentences keep
    /// theirs and the rest share one series, <see cref="OtherOutlets"/>.
    /// </summary>
    private (List<string> Series, Dictionary<string, int> SeriesOf) Series(IReadOnlyCollection<(DateValue Date, SentenceRef Sentence)> mentions)
    {
        var sentences = mentions.Select(m => m.Sentence).Distinct().GroupBy(s => outletName(s.Article), StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        var named = sentences.Keys.OrderBy(name => name == Outlet.Unnamed).ThenBy(name => name, StringComparer.Ordinal).ToList();
        if (named.Count <= StackedBarChart.Palette)
        {
            return (named, named.Select((name, i) => (name, i)).ToDictionary(s => s.name, s => s.i, StringComparer.Ordinal));
        }

        var kept = named.OrderByDescending(name => sentences[name]).ThenBy(name => name, StringComparer.Ordinal).Take(StackedBarChart.Palette - 1).ToHashSet(StringComparer.Ordinal);
        var series = named.Where(kept.Contains).Append(OtherOutlets).ToList();
        var seriesOf = named.ToDictionary(name => name, name => kept.Contains(name) ? series.IndexOf(name) : series.Count - 1, StringComparer.Ordinal);
        return (series, seriesOf);
    }

    /// <summary>The series of the outlets a timeline has no colour left for.</summary>
    public const string OtherOutlets = "Other outlets";

    /// <summary>The finest of date, month or year that keeps the chart within <see cref="MaxRows"/> bars.</summary>
    private static (string Unit, Func<DateValue, DateValue> Bucket) Buckets(IReadOnlyList<DateValue> dates)
    {
        static DateValue Month(DateValue d) => d.Precision == DatePrecision.Year ? d : new DateValue(d.Year, d.Month, 0, DatePrecision.Month);
        static DateValue Year(DateValue d) => new(d.Year, 0, 0, DatePrecision.Year);
        return dates.Count <= MaxRows ? ("date", d => d)
            : dates.Select(Month).Distinct().Count() <= MaxRows ? ("month", Month)
            : ("year", Year);
    }

    /// <summary>Each report of a quantity as the range of values it allows, on one scale; null when nothing reports it.</summary>
    /// <param name="source">What tells a report apart from the others (<see cref="ContentSet.SourceName"/>).</param>
    public static Utf8Html? Quantity(QuantityComparison comparison, Func<Article, string> source)
    {
        if (comparison.Reports.Count == 0)
        {
            return null;
        }

        var overTime = comparison.Times.Count > 1;
        string Reported(QuantityReport r) => overTime ? r.Mention.Text + " (" + r.Date.ShortDisplay + ")" : r.Mention.Text;
        var rows = comparison.Reports.Select(r =>
        {
            var range = r.Range;
            return new RangeRow(
                source(r.Mention.Sentence.Article),
                range.Low,
                range.IsUnbounded ? null : range.High,
                r.Mention.Figure.Value,
                Reported(r),
                comparison.IsOutlier(r));
        }).ToList();
        var description = comparison.Quantity.Name + ", as reported: " + string.Join("; ", comparison.Reports.Select(r =>
            source(r.Mention.Sentence.Article) + ", describing " + r.Date.ShortDisplay + ": " + r.Mention.Text
            + (comparison.IsOutlier(r) ? " (fits no other report of its time)" : string.Empty))) + ".";
        return Utf8Html.Of(RangeChart.Draw("chart-" + comparison.Quantity.Key, comparison.Quantity.Name + " by report", description, rows));
    }
}
