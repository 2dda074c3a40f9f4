using SiteGen.CrossReference;

namespace SiteGen.Markdown;

/// <summary>An article body as HTML, with the sentences it holds and the people it names.</summary>
public sealed record RenderedBody(string Html, IReadOnlyList<SentenceInline> Sentences, IReadOnlyList<PersonMention> Mentions);
