namespace SiteGen.FrontMatter
{
    /// <summary>One top-level <c>key: value</c> line of the front matter.</summary>
    internal sealed record FrontMatterField(string Key, SourceSpot KeySpot, FrontMatterValue Value);
}
