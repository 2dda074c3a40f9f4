namespace SiteGen.Extract;

/// <summary>How much of a date the text gives.</summary>
public enum DatePrecision
{
    Year,
    Month,
    Day,
}
