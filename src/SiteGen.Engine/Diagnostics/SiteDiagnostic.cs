using System.Globalization;

namespace SiteGen.Diagnostics;

/// <summary>
/// A problem found while building, in the compiler's format so editors and CI annotate it:
/// <c>path(line,col): error SGnnnn: message</c> (or <c>warning</c>).
/// </summary>
internal sealed record SiteDiagnostic(string Path, int Line, int Column, string Id, string Message, bool IsWarning = false)
{
    /// <summary>A problem the shared content rules found, as the compiler would report it.</summary>
    internal static SiteDiagnostic Of(Schema.DiagnosticInfo info) =>
        new(info.Path, info.Spot.Line, info.Spot.Column, info.Id, info.Message, IsWarning: !info.Rule.IsError);

    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"{Path}({Line},{Column}): {(IsWarning ? "warning" : "error")} {Id}: {Message}");
}
