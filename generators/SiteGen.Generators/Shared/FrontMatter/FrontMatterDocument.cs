namespace SiteGen.FrontMatter
{
    /// <summary>A content file split into its front-matter fields and the position where its Markdown body starts.</summary>
    internal sealed record FrontMatterDocument(
        EquatableArray<FrontMatterField> Fields,
        FrontMatterProblem? Problem,
        SourceSpot Opening,
        int BodyStartLine,
        int BodyStartOffset);
}
