namespace SiteGen.Build;

/// <summary>Stops a build with errors a writer can act on; nothing has been written when it is thrown.</summary>
public sealed class SiteBuildException(IReadOnlyList<SiteError> errors)
    : Exception(string.Join(Environment.NewLine, errors))
{
    public IReadOnlyList<SiteError> Errors { get; } = errors;

    public SiteBuildException(SiteError error)
        : this([error])
    {
    }
}
