namespace SiteGen.Settings;

/// <summary>
/// The schema of a report's <c>report.yml</c>: what the site is called, what it is about, its language and where it
/// is published. Every field may be left out; <see cref="ReportSettingsReader"/> says what stands in for it.
/// </summary>
internal sealed record ReportSettings
{
    /// <summary>The settings file, in the report's folder beside its project file.</summary>
    public const string FileName = "report.yml";

    /// <summary>The language of the pages when the file names none.</summary>
    public const string DefaultLanguage = "en";

    /// <summary>The report's name, shown on every page and in the feed; the report folder's name when left out.</summary>
    public string? Title { get; init; }

    /// <summary>One sentence under the title on the home page, in the pages' description and the feed's subtitle.</summary>
    public string? Description { get; init; }

    /// <summary>The pages' language, as an IETF tag ("en", "uk", "pt-BR").</summary>
    public string? Language { get; init; }

    /// <summary>Where the site is published (absolute, http or https); the sitemap needs it, the feed uses it.</summary>
    public Uri? BaseUrl { get; init; }
}
