namespace SiteGen.Extract;

/// <summary>Everything recognised in one sentence, as spans of its text.</summary>
internal sealed record SentenceFacts(
    IReadOnlyList<NameMatch> People,
    IReadOnlyList<DateMatch> Dates,
    IReadOnlyList<FigureMatch> Figures,
    IReadOnlyList<QuoteMatch> Quotes,
    IReadOnlyList<string> UnknownNames);
