namespace SiteGen.FrontMatter
{
    internal enum FrontMatterValueKind
    {
        /// <summary>An empty value, <c>~</c> or <c>null</c>: the key is treated as absent.</summary>
        Null,
        Scalar,
        Sequence,
        Mapping,
    }

    /// <summary>A front-matter value as written: scalars keep their exact text (no YAML 1.1 coercion of <c>NO</c> or <c>yes</c>).</summary>
    internal sealed record FrontMatterValue(
        FrontMatterValueKind Kind,
        string Text,
        EquatableArray<FrontMatterValue> Items,
        SourceSpot Spot)
    {
        public static FrontMatterValue Scalar(string text, SourceSpot spot) =>
            new FrontMatterValue(FrontMatterValueKind.Scalar, text, EquatableArray<FrontMatterValue>.Empty, spot);
    }
}
