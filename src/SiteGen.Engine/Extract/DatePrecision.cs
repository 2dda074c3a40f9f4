namespace SiteGen.Extract;

/// <summary>How much of a date the text gives.</summary>
internal enum DatePrecision
{
    Year,
    Month,
    Day,
}
