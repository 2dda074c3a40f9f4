using System.Collections.Concurrent;
using System.Globalization;

namespace SiteGen.Model;

/// <summary>How counts and days read on the site: "1 mention", "3 mentions", "23 May 2025".</summary>
internal static class Wording
{
    // Every listed article shows its day: each distinct day is formatted once, not once per mention on every page.
    private static readonly ConcurrentDictionary<DateOnly, string> Days = new();
    private static readonly ConcurrentDictionary<DateOnly, string> IsoDays = new();

    /// <summary>A day as a reader sees it: <c>23 May 2025</c>.</summary>
    public static string Day(DateOnly date) => Days.GetOrAdd(date, static d => d.ToString("d MMMM yyyy", CultureInfo.InvariantCulture));

    /// <summary>A day for machines (<c>datetime</c> attributes, data files): <c>2025-05-23</c>.</summary>
    public static string IsoDay(DateOnly date) => IsoDays.GetOrAdd(date, static d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));

    public static string Counted(int count, string noun) => Counted(count, noun, noun + "s");

    public static string Counted(int count, string noun, string plural) =>
        count.ToString("N0", CultureInfo.InvariantCulture) + " " + (count == 1 ? noun : plural);
}
