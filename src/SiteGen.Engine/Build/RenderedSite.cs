using SiteGen.Write;

namespace SiteGen.Build;

/// <summary>A whole site in memory, ready to be written: its files, what they hold, and the warnings found.</summary>
public sealed record RenderedSite(IReadOnlyList<OutputFile> Files, int Articles, int People, int Outlets, int Pages, IReadOnlyList<SiteDiagnostic> Warnings)
{
    /// <summary>How long each stage took, in order, for <c>build --timings</c>.</summary>
    public IReadOnlyList<StageTiming> Timings { get; init; } = [];
}
