using System.Text;

namespace SiteGen.Charts;

/// <summary>
/// The reports of one quantity on a common scale as inline SVG: for each report a band over the values its
/// qualifier allows ("approximately 10,000" is 9,000–11,000, "at least 8,000" runs off the scale) and a dot at the
/// number as reported. Reports whose bands do not overlap disagree, and it shows.
/// </summary>
public static class RangeChart
{
    private const double Width = 480;
    private const double LabelWidth = 128;
    private const double ValueWidth = 190;
    private const double RowHeight = 26;
    private const double BandHeight = 10;
    private const double AxisHeight = 22;
    private const double MinimumBand = 2;

    /// <param name="id">Unique on the page: the title and description are referenced by it.</param>
    public static string Render(string id, string title, string description, IReadOnlyList<RangeRow> rows)
    {
        var plotLeft = LabelWidth;
        var plotWidth = Width - LabelWidth - ValueWidth;
        var axisMax = NiceCeiling(rows.Select(r => Math.Max(r.Value, r.High ?? r.Low)).DefaultIfEmpty(1m).Max() * 1.1m);
        double X(decimal value) => plotLeft + (double)(Math.Min(value, axisMax) / axisMax) * plotWidth;
        var height = rows.Count * RowHeight + AxisHeight;

        var svg = new StringBuilder();
        SvgText.Open(svg, "range-chart", id, Width, height, title, description);
        for (var i = 0; i < rows.Count; i++)
        {
            var row = rows[i];
            var middle = i * RowHeight + RowHeight / 2;
            var from = X(row.Low);
            var to = row.High is { } high ? X(high) : plotLeft + plotWidth;
            // An exact number has no width of its own: it gets a sliver centred on it, so it still shows as a band.
            if (to - from < MinimumBand)
            {
                from = (from + to - MinimumBand) / 2;
                to = from + MinimumBand;
            }

            svg.Append("<g class=\"row").Append(row.Conflicts ? " conflict" : string.Empty).Append("\">")
                .Append("<text class=\"label\" x=\"").AppendNumber(LabelWidth - 6).Append("\" y=\"").AppendNumber(middle)
                .Append("\">").Append(SvgText.Escape(SvgText.Fit(row.Label, LabelWidth - 8))).Append("</text>")
                .Append("<rect class=\"band").Append(row.High is null ? " open" : string.Empty).Append("\" x=\"").AppendNumber(from)
                .Append("\" y=\"").AppendNumber(middle - BandHeight / 2).Append("\" width=\"").AppendNumber(to - from)
                .Append("\" height=\"").AppendNumber(BandHeight).Append("\"/>")
                .Append("<circle class=\"value\" cx=\"").AppendNumber(X(row.Value)).Append("\" cy=\"").AppendNumber(middle)
                .Append("\" r=\"4\"/>")
                .Append("<text class=\"reported\" x=\"").AppendNumber(plotLeft + plotWidth + 6).Append("\" y=\"").AppendNumber(middle)
                .Append("\">").Append(SvgText.Escape(SvgText.Fit(row.ValueText, ValueWidth - 6))).Append("</text></g>");
        }

        var axisY = rows.Count * RowHeight + 2;
        svg.Append("<g class=\"axis\"><line x1=\"").AppendNumber(plotLeft).Append("\" y1=\"").AppendNumber(axisY)
            .Append("\" x2=\"").AppendNumber(plotLeft + plotWidth).Append("\" y2=\"").AppendNumber(axisY).Append("\"/>");
        foreach (var tick in new[] { 0m, axisMax / 2, axisMax })
        {
            svg.Append("<text class=\"tick\" x=\"").AppendNumber(X(tick)).Append("\" y=\"").AppendNumber(axisY + 12)
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

    private static string Figure(decimal value) => CrossReference.FigureText.Display(value, null);
}
