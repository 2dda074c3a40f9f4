namespace SiteGen.Markdown;

/// <summary>
/// An article body as HTML, with its sentences and what they mention. It keeps no part of the Markdown syntax tree,
/// which is many times the size of the text: kept for every article, the trees were most of a large build's memory.
/// </summary>
public sealed record RenderedBody(Utf8Html Html, ArticleFacts Facts)
{
    /// <summary>The mentions grouped for the site-wide index; made with the body, so on all cores, and kept with it.</summary>
    public CrossReference.ArticleIndex Index { get; } = new(Facts);
}
