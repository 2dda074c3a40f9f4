using System.Globalization;
using System.Net;

namespace SiteGen.Charts;

/// <summary>Text and numbers as they go into SVG markup: escaped, and written the same whatever the culture.</summary>
internal static class SvgText
{
    public static string Escape(string text) => WebUtility.HtmlEncode(text);

    public static string Number(double value) => Math.Round(value, 1).ToString("0.#", CultureInfo.InvariantCulture);

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
