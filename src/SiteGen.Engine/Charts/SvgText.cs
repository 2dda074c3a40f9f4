using System.Globalization;
using System.Net;
using System.Text;

namespace SiteGen.Charts;

/// <summary>Text and numbers as they go into SVG markup: escaped, and written the same whatever the culture.</summary>
internal static class SvgText
{
    public static string Escape(string text) => WebUtility.HtmlEncode(text);

    /// <summary>
    /// Starts a chart: a figure holding an SVG image of <paramref name="width"/> × <paramref name="height"/> units, named
    /// for screen readers by its title and description (referenced by <paramref name="id"/>, unique on the page).
    /// </summary>
    public static void Open(StringBuilder svg, string cssClass, string id, double width, double height, string title, string description) =>
        svg.Append("<figure class=\"chart\"><svg class=\"").Append(cssClass).Append("\" role=\"img\" viewBox=\"0 0 ")
            .AppendNumber(width).Append(' ').AppendNumber(height)
            .Append("\" aria-labelledby=\"").Append(id).Append("-title ").Append(id).Append("-desc\">")
            .Append("<title id=\"").Append(id).Append("-title\">").Append(Escape(title)).Append("</title>")
            .Append("<desc id=\"").Append(id).Append("-desc\">").Append(Escape(description)).Append("</desc>");

    /// <summary>Appends <paramref name="value"/> to one decimal place, without making a string of it: a chart has hundreds.</summary>
    public static StringBuilder AppendNumber(this StringBuilder svg, double value) =>
        svg.Append(CultureInfo.InvariantCulture, $"{Math.Round(value, 1):0.#}");

    /// <summary>
    /// <paramref name="text"/> cut to fit <paramref name="width"/> at the charts' 12px sans-serif, with an ellipsis when
    /// it was cut.
    /// </summary>
    public static string Fit(string text, double width) => Fit(text, width, 12);

    /// <summary>
    /// <paramref name="text"/> cut, at a word where it can be, to fit <paramref name="width"/> units at
    /// <paramref name="fontSize"/>, with an ellipsis when it was cut.
    /// </summary>
    public static string Fit(string text, double width, double fontSize)
    {
        if (Width(text, fontSize) <= width)
        {
            return text;
        }

        var room = width - Width("…", fontSize);
        var end = 0;
        var used = 0.0;
        while (end < text.Length && used + Em(text[end]) * fontSize <= room)
        {
            used += Em(text[end]) * fontSize;
            end++;
        }

        var cut = text[..end];
        var space = cut.LastIndexOf(' ');
        if (space > cut.Length / 2)
        {
            cut = cut[..space];
        }

        return cut.TrimEnd(' ', ',', ';', ':', '–', '-') + "…";
    }

    /// <summary>
    /// How wide <paramref name="text"/> is at <paramref name="fontSize"/>, erring wide: the widths are those of the
    /// widest common sans-serif (DejaVu Sans), so the reader's own font fits in it.
    /// </summary>
    public static double Width(string text, double fontSize)
    {
        var em = 0.0;
        foreach (var c in text)
        {
            em += Em(c);
        }

        return em * fontSize;
    }

    private static double Em(char c) => c switch
    {
        ' ' or 'i' or 'j' or 'l' or '.' or ',' or '\'' or '’' or ':' or ';' or '!' or '|' or 'I' => 0.32,
        'f' or 't' or 'r' or '(' or ')' or '-' => 0.42,
        'm' or 'w' or 'M' or 'W' or '—' => 0.95,
        >= 'A' and <= 'Z' => 0.74,
        >= '0' and <= '9' => 0.64,
        '…' or '–' => 0.8,
        _ when char.IsUpper(c) => 0.74,
        _ => 0.62,
    };
}
