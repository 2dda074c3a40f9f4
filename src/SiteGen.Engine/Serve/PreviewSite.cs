using SiteGen.Build;

namespace SiteGen.Serve;

/// <summary>What the preview serves: the last site that built, the problems of the latest edit, and a version that changes on every rebuild.</summary>
public sealed record PreviewSite(IReadOnlyDictionary<string, byte[]> Files, IReadOnlyList<SiteDiagnostic> Problems, long Version);
