using System.Globalization;

namespace SiteGen.Extract;

/// <summary>How figures are written in keys and on pages.</summary>
internal static class FigureText
{
    public static string Number(decimal value) => value.ToString("0.##", CultureInfo.InvariantCulture);

    public static string Display(decimal value, decimal? high) =>
        high is { } h ? Grouped(value) + "–" + Grouped(h) : Grouped(value);

    private static string Grouped(decimal value) => value.ToString(value == decimal.Truncate(value) ? "#,0" : "#,0.##", CultureInfo.InvariantCulture);
}
