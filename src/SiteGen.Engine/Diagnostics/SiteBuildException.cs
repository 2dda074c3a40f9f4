namespace SiteGen.Diagnostics;

/// <summary>Stops a build with errors a writer can act on; nothing has been written when it is thrown.</summary>
internal sealed class SiteBuildException(IReadOnlyList<SiteDiagnostic> errors)
    : Exception(string.Join(Environment.NewLine, errors))
{
    public IReadOnlyList<SiteDiagnostic> Errors { get; } = errors;

    public SiteBuildException(SiteDiagnostic error)
        : this([error])
    {
    }
}
