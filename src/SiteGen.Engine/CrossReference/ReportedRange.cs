namespace SiteGen.CrossReference;

/// <summary>
/// The values a reported figure allows once its qualifier is read: "at least 8,000" is 8,000 or more, "approximately
/// 10,000" is within a tenth of it, "8,000 to 10,000" is that range. Two reports conflict when their ranges do not meet.
/// </summary>
public readonly record struct ReportedRange(decimal Low, decimal High)
{
    public static ReportedRange Of(FigureMatch figure)
    {
        var value = figure.Value;
        if (figure.High is { } high)
        {
            return new ReportedRange(value, high);
        }

        return figure.Qualifier switch
        {
            "at least" or "more than" or "over" => new ReportedRange(value, decimal.MaxValue),
            "approximately" or "about" or "around" or "roughly" or "an estimated" or "estimated" or "some" => new ReportedRange(value * 0.9m, value * 1.1m),
            "nearly" or "almost" or "up to" or "under" or "less than" or "fewer than" => new ReportedRange(0, value),
            _ => new ReportedRange(value, value),
        };
    }

    public bool Meets(ReportedRange other) => Low <= other.High && other.Low <= High;
}
