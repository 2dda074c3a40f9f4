using SiteGen.Diagnostics;
using SiteGen.Extract;
using SiteGen.Write;

namespace SiteGen.Build;

/// <summary>A site rendered: its files (none when they were written to disk as they were rendered), their count, and the warnings found.</summary>
internal sealed record BuiltSite(IReadOnlyList<OutputFile> Files, int FileCount, int Articles, int People, int Outlets, int Pages, IReadOnlyList<SiteDiagnostic> Warnings)
{
    /// <summary>How long each stage took, in order, for <c>build --timings</c>.</summary>
    public IReadOnlyList<StageTiming> Timings { get; init; } = [];

    /// <summary>For a site written to disk: files the output folder already had byte for byte, linked instead of written.</summary>
    public int Unchanged { get; init; }

    /// <summary>Names the articles introduce as people's that no person file knows (each an SG0401 warning).</summary>
    public IReadOnlyList<UnknownName> UnknownNames { get; init; } = [];
}
