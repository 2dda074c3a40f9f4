using SiteGen.Diagnostics;

namespace SiteGen.Settings;

/// <summary>A report's settings, defaults in place of what is missing or wrong, and the problems found in the file.</summary>
internal sealed record ReportSettingsRead(ReportSettings Settings, IReadOnlyList<SiteDiagnostic> Problems)
{
    public bool HasErrors => Problems.Any(p => !p.IsWarning);
}
