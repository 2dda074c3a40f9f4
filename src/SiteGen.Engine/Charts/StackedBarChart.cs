using System.Text;

namespace SiteGen.Charts;

/// <summary>
/// A horizontal stacked bar chart as inline SVG: one row per label (dates, in order, read top to bottom like a
/// timeline), one coloured segment per series. Rows grow downwards, so it stays legible on a phone whatever the count.
/// Colours come from the stylesheet (<c>.series-N</c>), so dark mode and print restyle it.
/// </summary>
public static class StackedBarChart
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
    public static string Render(string id, string title, string description, IReadOnlyList<string> series, IReadOnlyList<ChartRow> rows)
    {
        var max = Math.Max(1, rows.Count == 0 ? 0 : rows.Max(r => r.Total));
        var scale = (Width - LabelWidth - CountWidth - 8) / max;
        var height = Top * 2 + rows.Count * RowHeight;
        var svg = new StringBuilder();
        SvgText.Open(svg, "bar-chart", id, Width, height, title, description);
        for (var i = 0; i < rows.Count; i++)
        {
            var row = rows[i];
            var y = Top + i * RowHeight;
            var middle = y + RowHeight / 2;
            svg.Append("<g class=\"row\">")
                .Append("<text class=\"label\" x=\"").AppendNumber(LabelWidth - 6).Append("\" y=\"").AppendNumber(middle)
                .Append("\">").Append(SvgText.Escape(SvgText.Fit(row.Label, LabelWidth - 8))).Append("</text>");
            var x = LabelWidth;
            for (var s = 0; s < row.Counts.Count; s++)
            {
                if (row.Counts[s] == 0)
                {
                    continue;
                }

                var width = row.Counts[s] * scale;
                svg.Append("<rect class=\"series-").Append(s % Palette).Append("\" x=\"").AppendNumber(x)
                    .Append("\" y=\"").AppendNumber(middle - BarHeight / 2).Append("\" width=\"").AppendNumber(width)
                    .Append("\" height=\"").AppendNumber(BarHeight).Append("\"/>");
                x += width;
            }

            svg.Append("<text class=\"count\" x=\"").AppendNumber(x + 4).Append("\" y=\"").AppendNumber(middle)
                .Append("\">").Append(row.Total).Append("</text></g>");
        }

        svg.Append("</svg>");
        if (series.Count > 1)
        {
            svg.Append("<figcaption><ul class=\"legend\">");
            for (var s = 0; s < series.Count; s++)
            {
                svg.Append("<li><span class=\"swatch series-").Append(s % Palette).Append("\"></span>").Append(SvgText.Escape(series[s])).Append("</li>");
            }

            svg.Append("</ul></figcaption>");
        }

        return svg.Append("</figure>").ToString();
    }
}
