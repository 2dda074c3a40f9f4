using SiteGen.CrossReference;

namespace SiteGen.Markdown;

/// <summary>Every mention found in one article, sentence by sentence.</summary>
public sealed record ArticleFacts(
    IReadOnlyList<PersonMention> People,
    IReadOnlyList<DateMention> Dates,
    IReadOnlyList<FigureMention> Figures,
    IReadOnlyList<QuoteMention> Quotes,
    IReadOnlyList<UnknownName> UnknownNames);
