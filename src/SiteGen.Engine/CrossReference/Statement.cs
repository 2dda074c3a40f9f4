using SiteGen.Content;
using SiteGen.Extract;

namespace SiteGen.CrossReference;

/// <summary>One thing a person said, as every report that quotes it words it, in the order first reported.</summary>
internal sealed record Statement(Person Person, IReadOnlyList<OutletWording> Wordings);

/// <summary>
/// One report's words for a statement, and where they differ from the other reports' ("warriors" where another has
/// "soldiers"): spans of <see cref="QuoteMention.Quote"/>, in order.
/// </summary>
internal sealed record OutletWording(QuoteMention Quote, IReadOnlyList<(int Start, int Length)> Differs);
