namespace SiteGen.Markdown;

/// <summary>An article body as HTML, with the sentences it holds and what they mention.</summary>
public sealed record RenderedBody(string Html, IReadOnlyList<SentenceInline> Sentences, ArticleFacts Facts);
