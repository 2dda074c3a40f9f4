using SiteGen.Content;

namespace SiteGen.Extract;

/// <summary>A quotation in a sentence and the person it is attributed to.</summary>
internal sealed record QuoteMatch(Person Speaker, string Quote);
