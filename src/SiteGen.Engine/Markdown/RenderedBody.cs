namespace SiteGen.Markdown;

/// <summary>An article body as HTML, with the sentences it holds and what they mention.</summary>
public sealed record RenderedBody(string Html, IReadOnlyList<SentenceInline> Sentences, ArticleFacts Facts)
{
    /// <summary>The mentions grouped for the site-wide index; made with the body, so on all cores, and kept with it.</summary>
    public CrossReference.ArticleIndex Index { get; } = new(Facts);
}
