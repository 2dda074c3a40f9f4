using System.Reflection;

namespace SiteGen.Cli;

/// <summary>The settings of the report this program was compiled with.</summary>
public static class ReportSettings
{
    public const string Title = "The May 2025 prisoner exchange";

    public const string Description =
        "News reports of the Ukraine–Russia exchange of prisoners of war of 23–25 May 2025, side by side, with every person, date and figure they mention.";

    /// <summary>The templates folder recorded at compile time.</summary>
    public static string TemplatesRoot => Recorded("SiteGen.TemplatesRoot");

    /// <summary>The folder of files shipped as they are (<c>static/</c>), recorded at compile time; it need not exist.</summary>
    public static string StaticRoot => Recorded("SiteGen.StaticRoot");

    private static string Recorded(string key) =>
        typeof(ReportSettings).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().First(a => a.Key == key).Value!;
}
