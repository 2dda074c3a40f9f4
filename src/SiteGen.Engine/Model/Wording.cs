using System.Globalization;

namespace SiteGen.Model;

/// <summary>How counts read on the site: "1 mention", "3 mentions".</summary>
internal static class Wording
{
    public static string Counted(int count, string noun) =>
        count.ToString(CultureInfo.InvariantCulture) + " " + noun + (count == 1 ? string.Empty : "s");
}
