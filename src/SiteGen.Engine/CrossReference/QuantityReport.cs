using SiteGen.Content;
using SiteGen.Extract;

namespace SiteGen.CrossReference;

/// <summary>One outlet's number for a tracked quantity: the figure, whom the sentence attributes it to, and when.</summary>
/// <param name="AttributedTo">The source the sentence names ("Iryna Vereshchuk", "Russia's Defense Ministry"), or empty.</param>
/// <param name="Date">The time the number describes (<see cref="ReferenceTime"/>).</param>
internal sealed record QuantityReport(Quantity Quantity, FigureMention Mention, string AttributedTo, DateValue Date)
{
    public ReportedRange Range { get; } = ReportedRange.Of(Mention.Figure);
}
