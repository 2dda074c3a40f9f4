using System.Text;
using SiteGen.Extract;

namespace SiteGen.Charts;

/// <summary>
/// The reports of one quantity on a common scale as inline SVG: for each report a line naming it and giving its number
/// as reported, and under it a band over the values its qualifier allows ("approximately 10,000" is 9,000–11,000,
/// "at least 8,000" runs off the scale) with a dot at the number. Reports whose bands do not overlap disagree, and it
/// shows. The chart is about as wide in units as a phone is in pixels, so its text reads at the page's size there.
/// </summary>
internal static class RangeChart
{
    private const double Width = 400;
    private const double Margin = 8;
    private const double FontSize = 14;
    private const double RowHeight = 44;
    private const double LabelLine = 14;
    private const double BandLine = 32;
    private const double BandHeight = 10;
    private const double AxisHeight = 24;
    private const double MinimumBand = 2;
    private const double Gap = 12;
    private const double LineHeight = 18;

    /// <param name="id">Unique on the page: the title and description are referenced by it.</param>
    /// <param name="description">The chart in words, with every label in full: labels cut to fit are cut only here.</param>
    public static string Draw(string id, string title, string description, IReadOnlyList<RangeRow> rows)
    {
        const double plotLeft = Margin;
        const double plotWidth = Width - 2 * Margin;
        var axisMax = NiceCeiling(rows.Select(r => Math.Max(r.Value, r.High ?? r.Low)).DefaultIfEmpty(1m).Max() * 1.1m);
        double X(decimal value) => plotLeft + (double)(Math.Min(value, axisMax) / axisMax) * plotWidth;
        // A report whose name and number do not fit on one line gets a second line for its number.
        var twoLines = rows.Select(r => SvgText.Width(r.Label, FontSize) + Gap + SvgText.Width(r.ValueText, FontSize) > plotWidth).ToList();
        var height = rows.Count * RowHeight + twoLines.Count(t => t) * LineHeight + AxisHeight;

        var svg = new StringBuilder();
        SvgText.Open(svg, "range-chart", id, Width, height, title, description);
        var top = 0.0;
        for (var i = 0; i < rows.Count; i++)
        {
            var row = rows[i];
            var from = X(row.Low);
            var to = row.High is { } high ? X(high) : plotLeft + plotWidth;
            // An exact number has no width of its own: it gets a sliver centred on it, so it still shows as a band.
            if (to - from < MinimumBand)
            {
                from = (from + to - MinimumBand) / 2;
                to = from + MinimumBand;
            }

            var extra = twoLines[i] ? LineHeight : 0;
            var reported = SvgText.Fit(row.ValueText, plotWidth, FontSize);
            var label = SvgText.Fit(row.Label, twoLines[i] ? plotWidth : plotWidth - SvgText.Width(reported, FontSize) - Gap, FontSize);
            var band = top + BandLine + extra;
            svg.Append("<g class=\"row").Append(row.Outlier ? " outlier" : string.Empty).Append("\">")
                .Append("<text class=\"label\" x=\"").AppendNumber(plotLeft).Append("\" y=\"").AppendNumber(top + LabelLine)
                .Append("\">").Append(SvgText.Escape(label)).Append("</text>")
                .Append("<text class=\"reported\" x=\"").AppendNumber(plotLeft + plotWidth).Append("\" y=\"").AppendNumber(top + LabelLine + extra)
                .Append("\">").Append(SvgText.Escape(reported)).Append("</text>")
                .Append("<rect class=\"track\" x=\"").AppendNumber(plotLeft).Append("\" y=\"").AppendNumber(band - 0.5)
                .Append("\" width=\"").AppendNumber(plotWidth).Append("\" height=\"1\"/>")
                .Append("<rect class=\"band").Append(row.High is null ? " open" : string.Empty).Append("\" x=\"").AppendNumber(from)
                .Append("\" y=\"").AppendNumber(band - BandHeight / 2).Append("\" width=\"").AppendNumber(to - from)
                .Append("\" height=\"").AppendNumber(BandHeight).Append("\"/>")
                .Append("<circle class=\"value\" cx=\"").AppendNumber(X(row.Value)).Append("\" cy=\"").AppendNumber(band)
                .Append("\" r=\"5\"/></g>");
            top += RowHeight + extra;
        }

        var axisY = top + 2;
        svg.Append("<g class=\"axis\"><line x1=\"").AppendNumber(plotLeft).Append("\" y1=\"").AppendNumber(axisY)
            .Append("\" x2=\"").AppendNumber(plotLeft + plotWidth).Append("\" y2=\"").AppendNumber(axisY).Append("\"/>");
        var ticks = new[] { 0m, axisMax / 2, axisMax };
        foreach (var tick in ticks)
        {
            // The end ticks are aligned inwards, so their text stays inside the chart.
            var anchor = tick == 0 ? "start" : tick == axisMax ? "end" : "middle";
            svg.Append("<text class=\"tick ").Append(anchor).Append("\" x=\"").AppendNumber(X(tick)).Append("\" y=\"").AppendNumber(axisY + 16)
                .Append("\">").Append(SvgText.Escape(Figure(tick))).Append("</text>");
        }

        return svg.Append("</g></svg></figure>").ToString();
    }

    /// <summary>The smallest 1, 2 or 5 times a power of ten at or above <paramref name="value"/>: an axis end people can read.</summary>
    public static decimal NiceCeiling(decimal value)
    {
        if (value <= 0)
        {
            return 1;
        }

        var power = 1m;
        while (power * 10 <= value)
        {
            power *= 10;
        }

        while (power > value)
        {
            power /= 10;
        }

        foreach (var step in new[] { 1m, 2m, 5m, 10m })
        {
            if (step * power >= value)
            {
                return step * power;
            }
        }

        return 10 * power;
    }

    private static string Figure(decimal value) => FigureText.Display(value, null);
}
