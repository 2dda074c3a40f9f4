namespace SiteGen.CrossReference;

/// <summary>How the reports of one quantity at one time stand to each other, from the calmest to the worst.</summary>
internal enum QuantityVerdict
{
    /// <summary>No report gives a number.</summary>
    NoReport,

    /// <summary>A single report at each time: nothing to compare.</summary>
    OneReport,

    /// <summary>A running total given once at each of several times (<see cref="Content.Quantity.Cumulative"/>).</summary>
    Series,

    /// <summary>Every report gives the same number with the same qualifier.</summary>
    Agree,

    /// <summary>The reports give one number and every qualifier allows it: "15", "at least 15", "more than a dozen".</summary>
    Consistent,

    /// <summary>The numbers differ, but one value fits every report: "at least 8,000" and "approximately 10,000".</summary>
    Differ,

    /// <summary>No value fits every report: "307" and "390" of the same exchange.</summary>
    Conflict,
}
