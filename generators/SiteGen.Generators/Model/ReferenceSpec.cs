using SiteGen.FrontMatter;

namespace SiteGen.Generators.Model
{
    /// <summary>A value that must name an entry of another collection, and where it was written.</summary>
    internal sealed record ReferenceSpec(string Field, string TargetFolder, string TargetKey, SourceSpot Spot);
}
