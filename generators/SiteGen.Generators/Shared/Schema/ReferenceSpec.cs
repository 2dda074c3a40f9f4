using SiteGen.FrontMatter;

namespace SiteGen.Schema
{
    /// <summary>A value that must name an entry of another collection, and where it was written.</summary>
    internal sealed record ReferenceSpec(string Field, string TargetFolder, string TargetKey, SourceSpot Spot);
}
