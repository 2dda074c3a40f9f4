namespace SiteGen.FrontMatter
{
    /// <summary>A place in a content file: 1-based line and column, 0-based character offset and a length.</summary>
    internal readonly record struct SourceSpot(int Line, int Column, int Offset, int Length)
    {
        public static SourceSpot FileStart => new SourceSpot(1, 1, 0, 0);
    }
}
