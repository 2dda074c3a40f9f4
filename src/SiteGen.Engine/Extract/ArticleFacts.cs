namespace SiteGen.Extract;

/// <summary>Every mention found in one article, sentence by sentence.</summary>
/// <param name="Sentences">Every sentence of the article, in order, with its anchor and text.</param>
internal sealed record ArticleFacts(
    IReadOnlyList<SentenceRef> Sentences,
    IReadOnlyList<PersonMention> People,
    IReadOnlyList<DateMention> Dates,
    IReadOnlyList<FigureMention> Figures,
    IReadOnlyList<QuoteMention> Quotes,
    IReadOnlyList<UnknownName> UnknownNames);
