namespace SiteGen.Build;

/// <summary>How long one stage of a build took.</summary>
internal sealed record StageTiming(string Stage, TimeSpan Elapsed)
{
    /// <summary>The stage as a line of a timings table.</summary>
    public override string ToString() =>
        string.Create(System.Globalization.CultureInfo.InvariantCulture, $"  {Stage,-26} {Elapsed.TotalMilliseconds,9:0} ms");
}
