using System.Buffers;
using System.Globalization;
using System.Text.RegularExpressions;

namespace SiteGen.CrossReference;

/// <summary>
/// Finds dates in a sentence and normalises them against the article's publication date: explicit dates
/// ("May 23", "23 May 2025", "Saturday, May 24"), weekdays ("on Friday": the past Friday in a report, the coming one
/// after "we expect"), months and years ("February 2022", "mid-December 2024", "in 2014", "last year").
/// </summary>
public static partial class DateRecognizer
{
    private const string Months = "January|February|March|April|May|June|July|August|September|October|November|December";
    private const string Weekdays = "Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday";

    [GeneratedRegex($@"\b(?:(?<weekday>{Weekdays}),?\s*)?(?<month>{Months})\s+(?<day>\d{{1,2}})(?:st|nd|rd|th)?\b(?:,?\s+(?<year>(?:19|20)\d\d)\b)?", RegexOptions.CultureInvariant)]
    private static partial Regex MonthDay();

    [GeneratedRegex($@"\b(?:(?<weekday>{Weekdays}),?\s+)?(?<day>\d{{1,2}})\s+(?<month>{Months})\b(?:\s+(?<year>(?:19|20)\d\d)\b)?", RegexOptions.CultureInvariant)]
    private static partial Regex DayMonth();

    [GeneratedRegex($@"\b(?:(?:early|mid|late)[- ])?(?<month>{Months})\s+(?<year>(?:19|20)\d\d)\b", RegexOptions.CultureInvariant)]
    private static partial Regex MonthYear();

    [GeneratedRegex($@"\b(?i:in|since|until|by|from|before|after|during|early|mid|late|of)[- ](?<month>{Months})\b(?!\s+\d)", RegexOptions.CultureInvariant)]
    private static partial Regex MonthAlone();

    [GeneratedRegex(@"(?:\b(?:in|since|until|by|from|before|after|during|of|early|mid|late)[- ]|\bmid-)(?<year>(?:19|20)\d\d)\b(?![-/]\d)", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex YearAfterWord();

    [GeneratedRegex(@"\b(?<which>last|this|next) year\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex RelativeYear();

    [GeneratedRegex(@"\b(?<word>today|tomorrow|yesterday)\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex RelativeDay();

    [GeneratedRegex(@"\b(?<which>last|this|earlier this|later this|next) (?<unit>week|weekend)\b|\bover the weekend\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex RelativeWeek();

    [GeneratedRegex($@"\b(?<n>{NumberWords.Pattern}|\d{{1,2}}) days? (?<direction>later|earlier|after|before)\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex DaysFromPrevious();

    [GeneratedRegex($@"\b(?<weekday>{Weekdays})\b", RegexOptions.CultureInvariant)]
    private static partial Regex Weekday();

    [GeneratedRegex(@"\b(?:expect|expects|expected|will|shall|set to|due to|plans? to|scheduled|upcoming|next|tomorrow|are to|is to)\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex FutureTense();

    /// <summary>The dates of <paramref name="sentence"/>, in order and never overlapping; the most specific pattern wins.</summary>
    /// <param name="previous">The last day the text named before this sentence, for "three days later".</param>
    public static IReadOnlyList<DateMatch> Find(string sentence, DateOnly published, DateOnly? previous = null)
    {
        var found = new List<DateMatch>();
        var text = sentence.AsSpan();

        // Each pattern needs a word of its own, and most sentences name no date: a sentence without the word is not
        // searched for the pattern (one vectorised look instead of a regular-expression scan, and no match objects).
        if (text.IndexOfAny(MonthNames) >= 0)
        {
            for (var m = MonthDay().Match(sentence); m.Success; m = m.NextMatch())
            {
                Add(found, m, Day(published, m, SpeaksOfFuture(sentence, m)));
            }

            for (var m = DayMonth().Match(sentence); m.Success; m = m.NextMatch())
            {
                Add(found, m, Day(published, m, SpeaksOfFuture(sentence, m)));
            }

            for (var m = MonthYear().Match(sentence); m.Success; m = m.NextMatch())
            {
                Add(found, m, new DateValue(Year(m), MonthOf(m), 0, DatePrecision.Month));
            }

            for (var m = MonthAlone().Match(sentence); m.Success; m = m.NextMatch())
            {
                var month = MonthOf(m);
                var year = month > published.Month ? published.Year - 1 : published.Year;
                Add(found, m.Groups["month"], new DateValue(year, month, 0, DatePrecision.Month));
            }
        }

        if (text.ContainsAnyInRange('0', '9'))
        {
            for (var m = YearAfterWord().Match(sentence); m.Success; m = m.NextMatch())
            {
                Add(found, m.Groups["year"], new DateValue(Year(m), 0, 0, DatePrecision.Year));
            }
        }

        if (text.IndexOfAny(YearWord) >= 0)
        {
            for (var m = RelativeYear().Match(sentence); m.Success; m = m.NextMatch())
            {
                var which = m.Groups["which"].ValueSpan;
                var offset = which.Equals("last", StringComparison.OrdinalIgnoreCase) ? -1 : which.Equals("next", StringComparison.OrdinalIgnoreCase) ? 1 : 0;
                Add(found, m, new DateValue(published.Year + offset, 0, 0, DatePrecision.Year));
            }
        }

        if (text.IndexOfAny(RelativeDayNames) >= 0)
        {
            for (var m = RelativeDay().Match(sentence); m.Success; m = m.NextMatch())
            {
                var word = m.Groups["word"].ValueSpan;
                var offset = word.Equals("yesterday", StringComparison.OrdinalIgnoreCase) ? -1 : word.Equals("tomorrow", StringComparison.OrdinalIgnoreCase) ? 1 : 0;
                Add(found, m, DateValue.OfDay(published.AddDays(offset)));
            }
        }

        if (text.IndexOfAny(WeekWord) >= 0)
        {
            for (var m = RelativeWeek().Match(sentence); m.Success; m = m.NextMatch())
            {
                Add(found, m, Week(published, m));
            }
        }

        if (previous is { } anchor && text.IndexOfAny(DayWord) >= 0)
        {
            for (var m = DaysFromPrevious().Match(sentence); m.Success; m = m.NextMatch())
            {
                var number = m.Groups["n"].ValueSpan;
                var days = int.TryParse(number, NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : (int)NumberWords.ValueOf(number);
                var direction = m.Groups["direction"].ValueSpan;
                var later = direction.Equals("later", StringComparison.OrdinalIgnoreCase) || direction.Equals("after", StringComparison.OrdinalIgnoreCase);
                Add(found, m, DateValue.OfDay(anchor.AddDays((later ? 1 : -1) * days)));
            }
        }

        if (text.IndexOfAny(WeekdayNames) >= 0)
        {
            for (var m = Weekday().Match(sentence); m.Success; m = m.NextMatch())
            {
                Add(found, m, DateValue.OfDay(ResolveWeekday(published, Enum.Parse<DayOfWeek>(m.ValueSpan), SpeaksOfFuture(sentence, m))));
            }
        }

        found.Sort((a, b) => a.Start.CompareTo(b.Start));
        return found;
    }

    /// <summary>
    /// "Last week" and "this week" have no day: they are the month they fall in. A weekend is its Saturday:
    /// the coming one when the sentence speaks of the future, else the last one.
    /// </summary>
    private static DateValue Week(DateOnly published, Match m)
    {
        if (m.Groups["unit"].Value.Equals("week", StringComparison.OrdinalIgnoreCase))
        {
            var day = m.Groups["which"].Value.ToLowerInvariant() switch { "last" => published.AddDays(-7), "next" => published.AddDays(7), _ => published };
            return new DateValue(day.Year, day.Month, 0, DatePrecision.Month);
        }

        var which = m.Groups["which"].Value.ToLowerInvariant();
        var future = which == "next" || (which != "last" && published.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday));
        var saturday = ResolveWeekday(published, DayOfWeek.Saturday, future);
        return DateValue.OfDay(which == "next" ? saturday.AddDays(7) : saturday);
    }

    /// <summary>Whether the words around a date (within a few words either side) speak of something still to come.</summary>
    private static bool SpeaksOfFuture(string sentence, Match date)
    {
        const int Window = 40;
        var start = Math.Max(0, date.Index - Window);
        var end = Math.Min(sentence.Length, date.Index + date.Length + Window);
        return FutureTense().IsMatch(sentence.AsSpan(start, end - start));
    }

    /// <summary>A weekday named in a report is the latest such day on or before publication, or the next one when the sentence speaks of the future.</summary>
    public static DateOnly ResolveWeekday(DateOnly published, DayOfWeek weekday, bool future)
    {
        var difference = (int)weekday - (int)published.DayOfWeek;
        if (future)
        {
            return published.AddDays(difference <= 0 ? difference + 7 : difference);
        }

        return published.AddDays(difference > 0 ? difference - 7 : difference);
    }

    private static DateValue Day(DateOnly published, Match m, bool future)
    {
        var month = MonthOf(m);
        var day = int.Parse(m.Groups["day"].ValueSpan, CultureInfo.InvariantCulture);
        int year;
        if (m.Groups["year"].Success)
        {
            year = Year(m);
        }
        else if (m.Groups["weekday"].Success && !future)
        {
            year = published.Year;
        }
        else
        {
            // A month well after publication, without a year, is last year's.
            year = month > published.Month + 1 ? published.Year - 1 : published.Year;
        }

        return day >= 1 && day <= DateTime.DaysInMonth(year, month)
            ? new DateValue(year, month, day, DatePrecision.Day)
            : new DateValue(year, month, 0, DatePrecision.Month);
    }

    private static void Add(List<DateMatch> found, Group match, DateValue value)
    {
        var start = match.Index;
        var end = match.Index + match.Length;
        foreach (var f in found)
        {
            if (start < f.End && f.Start < end)
            {
                return;
            }
        }

        found.Add(new DateMatch(start, end, value));
    }

    private static int Year(Match m) => int.Parse(m.Groups["year"].ValueSpan, CultureInfo.InvariantCulture);

    private static int MonthOf(Match m) => MonthNumbers[m.Groups["month"].ValueSpan];

    // A lookup, not date parsing, per match.
    private static readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> MonthNumbers = Months.Split('|')
        .Select((month, index) => (month, index))
        .ToDictionary(m => m.month, m => m.index + 1, StringComparer.Ordinal)
        .GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly SearchValues<string> MonthNames = SearchValues.Create(Months.Split('|'), StringComparison.Ordinal);
    private static readonly SearchValues<string> WeekdayNames = SearchValues.Create(Weekdays.Split('|'), StringComparison.Ordinal);
    // Searched as string sets rather than with Contains(..., OrdinalIgnoreCase), which under invariant globalization
    // compares character by character (0.85 s of a 10,000-article build's profile).
    private static readonly SearchValues<string> YearWord = SearchValues.Create(["year"], StringComparison.OrdinalIgnoreCase);
    private static readonly SearchValues<string> WeekWord = SearchValues.Create(["week"], StringComparison.OrdinalIgnoreCase);
    private static readonly SearchValues<string> DayWord = SearchValues.Create(["day"], StringComparison.OrdinalIgnoreCase);
    private static readonly SearchValues<string> RelativeDayNames = SearchValues.Create(["today", "tomorrow", "yesterday"], StringComparison.OrdinalIgnoreCase);
}
