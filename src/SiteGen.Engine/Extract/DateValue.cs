using System.Globalization;

namespace SiteGen.Extract;

/// <summary>A normalised date: <c>2025-05-23</c>, <c>2024-12</c> or <c>2014</c>, ordered by its first day.</summary>
internal readonly record struct DateValue(int Year, int Month, int Day, DatePrecision Precision) : IComparable<DateValue>
{
    public static DateValue OfDay(DateOnly date) => new(date.Year, date.Month, date.Day, DatePrecision.Day);

    public string Key => Precision switch
    {
        DatePrecision.Year => Year.ToString("0000", CultureInfo.InvariantCulture),
        DatePrecision.Month => string.Create(CultureInfo.InvariantCulture, $"{Year:0000}-{Month:00}"),
        _ => string.Create(CultureInfo.InvariantCulture, $"{Year:0000}-{Month:00}-{Day:00}"),
    };

    public string Display => Precision switch
    {
        DatePrecision.Year => Key,
        DatePrecision.Month => new DateOnly(Year, Month, 1).ToString("MMMM yyyy", CultureInfo.InvariantCulture),
        _ => new DateOnly(Year, Month, Day).ToString("dddd d MMMM yyyy", CultureInfo.InvariantCulture),
    };

    /// <summary>The date without its weekday, for charts and other tight places.</summary>
    public string ShortDisplay => Precision == DatePrecision.Day
        ? new DateOnly(Year, Month, Day).ToString("d MMM yyyy", CultureInfo.InvariantCulture)
        : Display;

    public string PrecisionName => Precision.ToString().ToLowerInvariant();

    /// <summary>The first day the date covers: the day itself, or the first of its month or year.</summary>
    public DateOnly FirstDay => new(Year, Math.Max(Month, 1), Math.Max(Day, 1));

    /// <summary>The last day the date covers: the day itself, or the last of its month or year.</summary>
    public DateOnly LastDay => Precision switch
    {
        DatePrecision.Year => new DateOnly(Year, 12, 31),
        DatePrecision.Month => new DateOnly(Year, Month, DateTime.DaysInMonth(Year, Month)),
        _ => new DateOnly(Year, Month, Day),
    };

    public int CompareTo(DateValue other)
    {
        var byStart = (Year, Math.Max(Month, 1), Math.Max(Day, 1)).CompareTo((other.Year, Math.Max(other.Month, 1), Math.Max(other.Day, 1)));
        // Compared as numbers: Enum.CompareTo boxes both values, and dates are compared millions of times while sorting.
        return byStart != 0 ? byStart : ((int)Precision).CompareTo((int)other.Precision);
    }

    public override string ToString() => Key;
}
