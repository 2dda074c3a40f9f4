namespace SiteGen.Extract;

/// <summary>A date found at [<paramref name="Start"/>, <paramref name="End"/>) of a sentence.</summary>
internal sealed record DateMatch(int Start, int End, DateValue Value);
