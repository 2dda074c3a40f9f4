using SiteGen.Extract;

namespace SiteGen.CrossReference;

/// <summary>
/// The values a reported figure allows once its qualifier is read: "at least 8,000" is 8,000 or more, "more than 15"
/// is 16 or more, "approximately 10,000" is within a tenth of it, "nearly 300" is up to a tenth below it, "8,000 to
/// 10,000" is that range. Two reports can both hold when their ranges meet.
/// </summary>
internal readonly record struct ReportedRange(decimal Low, decimal High)
{
    public static ReportedRange Of(FigureMatch figure)
    {
        var value = figure.Value;
        if (figure.High is { } high)
        {
            return new ReportedRange(value, high);
        }

        // Counts are whole: "more than 15" starts at 16, "fewer than 15" ends at 14.
        var step = value == decimal.Truncate(value) ? 1m : 0m;
        return figure.Qualifier switch
        {
            "at least" => new ReportedRange(value, decimal.MaxValue),
            "more than" or "over" => new ReportedRange(value + step, decimal.MaxValue),
            "approximately" or "about" or "around" or "roughly" or "an estimated" or "estimated" or "some" => new ReportedRange(value * 0.9m, value * 1.1m),
            "nearly" or "almost" => new ReportedRange(value * 0.9m, value),
            "up to" => new ReportedRange(0, value),
            "under" or "less than" or "fewer than" => new ReportedRange(0, Math.Max(0, value - step)),
            _ => new ReportedRange(value, value),
        };
    }

    public bool IsUnbounded => High == decimal.MaxValue;
}
