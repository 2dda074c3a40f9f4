namespace SiteGen.Content;

/// <summary>
/// A quantity the reports give numbers for, tracked across outlets: the schema of <c>content/quantities/*.md</c>.
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

    /// <summary>
    /// A running total that only grows (people executed since 2022): reports of different times are points of a series,
    /// shown in time order, and only reports of the same time are compared. False (the default): a level that may go
    /// up or down, where every report is compared with every other.
    /// </summary>
    public bool Cumulative { get; init; }
}
