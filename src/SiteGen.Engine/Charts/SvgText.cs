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
    /// <paramref name="text"/> cut to fit <paramref name="width"/> (about 6.2 units a character at the charts' 12px
    /// sans-serif), with an ellipsis when it was cut.
    /// </summary>
    public static string Fit(string text, double width)
    {
        var fits = (int)(width / 6.2);
        return text.Length <= fits ? text : text[..Math.Max(1, fits - 1)].TrimEnd() + "…";
    }
}
