using SiteGen.Write;

namespace SiteGen.Build;

/// <summary>A whole site in memory, ready to be written: its files and what they hold.</summary>
public sealed record RenderedSite(IReadOnlyList<OutputFile> Files, int Articles, int People, int Outlets, int Pages);
