using SiteGen.Content;

namespace SiteGen.Extract;

/// <summary>A name of <paramref name="Person"/> found at [<paramref name="Start"/>, <paramref name="End"/>) of a text.</summary>
internal sealed record NameMatch(Person Person, int Start, int End);
