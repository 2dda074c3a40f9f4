namespace SiteGen.Content;

/// <summary>
/// A quantity the reports give numbers for, tracked across outlets: the schema of <c>content/figures/*.md</c>.
/// A figure counts as a report of the quantity when its sentence contains one of <see cref="Terms"/>.
/// </summary>
public sealed record Quantity : ContentRecord
{
    /// <summary>What is counted, e.g. "Ukrainians held captive by Russia".</summary>
    public required string Name { get; init; }

    /// <summary>The unit of the count, e.g. "people".</summary>
    public required string Unit { get; init; }

    /// <summary>Words that mark a sentence as reporting this quantity, e.g. "held captive by Russia"; matched ignoring case.</summary>
    public required IReadOnlyList<string> Terms { get; init; }

    /// <summary>
    /// What a figure must count to be a report of this quantity, e.g. "prisoners", "POWs": its noun phrase must contain
    /// one of these words (ignoring case), or be empty ("each released 390"). Empty list: any figure qualifies.
    /// </summary>
    public IReadOnlyList<string> Counts { get; init; } = [];
}
