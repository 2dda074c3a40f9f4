using System.Text;

namespace SiteGen.Charts;

/// <summary>
/// A horizontal stacked bar chart as inline SVG: one row per label (dates, in order, read top to bottom like a
/// timeline), one coloured segment per series. Rows grow downwards, so it stays legible on a phone whatever the count.
/// Colours come from the stylesheet (<c>.series-N</c>), so dark mode and print restyle it.
/// </summary>
internal static class StackedBarChart
{
    private const double Width = 400;
    private const double LabelWidth = 118;
    private const double CountWidth = 36;
    private const double RowHeight = 22;
    private const double BarHeight = 14;
    private const double Top = 4;

    /// <summary>How many colours the stylesheet defines (<c>.series-0</c> to <c>.series-11</c>); series beyond share them in turn.</summary>
    public const int Palette = 12;

    /// <param name="id">Unique on the page: the title and description are referenced by it.</param>
    /// <param name="title">What the chart shows, read first by screen readers.</param>
    /// <param name="description">The same facts in words, for readers who cannot see the chart.</param>
    public static string Draw(string id, string title, string description, IReadOnlyList<string> series, IReadOnlyList<ChartRow> rows)
    {
        var longest = Longest(rows);
        var scale = (Width - LabelWidth - CountWidth - 8) / longest;
        var anyCut = false;
        var height = Top * 2 + rows.Count * RowHeight;
        var svg = new StringBuilder();
        SvgText.Open(svg, "bar-chart", id, Width, height, title, description);
        for (var i = 0; i < rows.Count; i++)
        {
            var row = rows[i];
            var y = Top + i * RowHeight;
            var middle = y + RowHeight / 2;
            // A bar longer than the scale is drawn at its full width, its series in proportion, with a break.
            var cut = row.Total > longest;
            var rowScale = cut ? scale * longest / row.Total : scale;
            anyCut |= cut;
            svg.Append(cut ? "<g class=\"row cut\">" : "<g class=\"row\">")
                .Append("<text class=\"label\" x=\"").AppendNumber(LabelWidth - 6).Append("\" y=\"").AppendNumber(middle)
                .Append("\">").Append(SvgText.Escape(SvgText.Fit(row.Label, LabelWidth - 8))).Append("</text>");
            var x = LabelWidth;
            for (var s = 0; s < row.Counts.Count; s++)
            {
                if (row.Counts[s] == 0)
                {
                    continue;
                }

                var width = row.Counts[s] * rowScale;
                svg.Append("<rect class=\"series-").Append(s % Palette).Append("\" x=\"").AppendNumber(x)
                    .Append("\" y=\"").AppendNumber(middle - BarHeight / 2).Append("\" width=\"").AppendNumber(width)
                    .Append("\" height=\"").AppendNumber(BarHeight).Append("\"/>");
                x += width;
            }

            if (cut)
            {
                var at = x - 12;
                svg.Append("<path class=\"break\" d=\"M").AppendNumber(at).Append(' ').AppendNumber(middle + BarHeight / 2 + 1)
                    .Append(" l4 -").AppendNumber(BarHeight + 2).Append(" m3 0 l-4 ").AppendNumber(BarHeight + 2).Append("\"/>");
            }

            svg.Append("<text class=\"count\" x=\"").AppendNumber(x + 4).Append("\" y=\"").AppendNumber(middle)
                .Append("\">").Append(row.Total).Append("</text></g>");
        }

        svg.Append("</svg>");
        if (series.Count > 1 || anyCut)
        {
            svg.Append("<figcaption>");
            if (series.Count > 1)
            {
                svg.Append("<ul class=\"legend\">");
                for (var s = 0; s < series.Count; s++)
                {
                    svg.Append("<li><span class=\"swatch series-").Append(s % Palette).Append("\"></span>").Append(SvgText.Escape(series[s])).Append("</li>");
                }

                svg.Append("</ul>");
            }

            if (anyCut)
            {
                svg.Append("<p class=\"legend\">A bar with a break is longer than drawn, so the others stay readable; its number is exact.</p>");
            }

            svg.Append("</figcaption>");
        }

        return svg.Append("</figure>").ToString();
    }

    /// <summary>
    /// The total the chart's width stands for: the longest bar's, unless it is more than twice <see cref="Outlying"/>
    /// times the bar nine in ten stay below (a year of an archive against its months); then <see cref="Outlying"/> times
    /// that bar. A bar only a little longer than the rest is drawn whole.
    /// </summary>
    public static int Longest(IReadOnlyList<ChartRow> rows)
    {
        if (rows.Count == 0)
        {
            return 1;
        }

        var totals = rows.Select(r => r.Total).Order().ToList();
        var usual = totals[(int)(0.9 * (totals.Count - 1))];
        var cap = Outlying * Math.Max(1, usual);
        return Math.Max(1, totals[^1] > 2 * cap ? cap : totals[^1]);
    }

    private const int Outlying = 3;
}
