using System.Buffers;
using System.Globalization;
using System.Text.RegularExpressions;

namespace SiteGen.Extract;

/// <summary>
/// Finds dates in a sentence and normalises them against the article's publication date: explicit dates
/// ("May 23", "23 May 2025", "Saturday, May 24"), weekdays ("on Friday": the past Friday in a report, the coming one
/// after "we expect"), months and years ("February 2022", "mid-December 2024", "in 2014", "last year").
/// </summary>
internal static partial class DateRecognizer
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
        // Dates are resolved from the article's: one outside the years the content rules allow could resolve "in May"
        // or "tomorrow" to a day outside the calendar. The rules refuse such an article; text given one has no dates.
        if (published.Year is < Schema.DateField.FirstYear or > Schema.DateField.LastYear
            || previous is { Year: < Schema.DateField.FirstYear or > Schema.DateField.LastYear })
        {
            return [];
        }

        var found = new List<DateMatch>();
        var text = sentence.AsSpan();

        // The patterns run most specific first, and a match overlapping one an earlier pattern took is dropped; matches
        // of one pattern never overlap each other, so each is asked only about the earlier patterns' (a list scanned for
        // each match made a sentence of a hundred thousand dates quadratic).
        SpanIndex earlier;

        // Each pattern needs a word of its own, and most sentences name no date: a sentence without the word is not
        // searched for the pattern (one vectorised look instead of a regular-expression scan). Matches are taken as
        // positions, without match or group objects, and their parts read from the matched text, where each is told
        // apart by its kind: a month's or weekday's name, a day's number (one or two digits), a year's (four).
        if (text.IndexOfAny(MonthNames) >= 0)
        {
            earlier = Earlier(found);
            foreach (var m in MonthDay().EnumerateMatches(text))
            {
                Add(found, earlier, m.Index, m.Length, Day(published, text.Slice(m.Index, m.Length), SpeaksOfFuture(sentence, m.Index, m.Length)));
            }

            earlier = Earlier(found);
            foreach (var m in DayMonth().EnumerateMatches(text))
            {
                Add(found, earlier, m.Index, m.Length, Day(published, text.Slice(m.Index, m.Length), SpeaksOfFuture(sentence, m.Index, m.Length)));
            }

            earlier = Earlier(found);
            foreach (var m in MonthYear().EnumerateMatches(text))
            {
                var date = text.Slice(m.Index, m.Length);
                Add(found, earlier, m.Index, m.Length, new DateValue(Numbers(date).Last, MonthIn(date, out _), 0, DatePrecision.Month));
            }

            earlier = Earlier(found);
            foreach (var m in MonthAlone().EnumerateMatches(text))
            {
                var month = MonthIn(text.Slice(m.Index, m.Length), out var monthStart);
                var year = month > published.Month ? published.Year - 1 : published.Year;
                Add(found, earlier, m.Index + monthStart, m.Length - monthStart, new DateValue(year, month, 0, DatePrecision.Month));
            }
        }

        if (text.ContainsAnyInRange('0', '9'))
        {
            // The year ends the match: "in 2014", "mid-2024".
            earlier = Earlier(found);
            foreach (var m in YearAfterWord().EnumerateMatches(text))
            {
                var year = text.Slice(m.Index + m.Length - 4, 4);
                Add(found, earlier, m.Index + m.Length - 4, 4, new DateValue(int.Parse(year, CultureInfo.InvariantCulture), 0, 0, DatePrecision.Year));
            }
        }

        if (text.IndexOfAny(YearWord) >= 0)
        {
            earlier = Earlier(found);
            foreach (var m in RelativeYear().EnumerateMatches(text))
            {
                var which = text.Slice(m.Index, m.Length);
                var offset = which.StartsWith("last", StringComparison.OrdinalIgnoreCase) ? -1 : which.StartsWith("next", StringComparison.OrdinalIgnoreCase) ? 1 : 0;
                Add(found, earlier, m.Index, m.Length, new DateValue(published.Year + offset, 0, 0, DatePrecision.Year));
            }
        }

        if (text.IndexOfAny(RelativeDayNames) >= 0)
        {
            earlier = Earlier(found);
            foreach (var m in RelativeDay().EnumerateMatches(text))
            {
                var word = text.Slice(m.Index, m.Length);
                var offset = word.Equals("yesterday", StringComparison.OrdinalIgnoreCase) ? -1 : word.Equals("tomorrow", StringComparison.OrdinalIgnoreCase) ? 1 : 0;
                Add(found, earlier, m.Index, m.Length, DateValue.OfDay(published.AddDays(offset)));
            }
        }

        if (text.IndexOfAny(WeekWord) >= 0)
        {
            earlier = Earlier(found);
            foreach (var m in RelativeWeek().EnumerateMatches(text))
            {
                Add(found, earlier, m.Index, m.Length, Week(published, text.Slice(m.Index, m.Length)));
            }
        }

        if (previous is { } anchor && text.IndexOfAny(DayWord) >= 0)
        {
            earlier = Earlier(found);
            foreach (var m in DaysFromPrevious().EnumerateMatches(text))
            {
                // "{number} day(s) {direction}"
                var match = text.Slice(m.Index, m.Length);
                var number = match[..match.IndexOf(" day", StringComparison.OrdinalIgnoreCase)];
                var days = int.TryParse(number, NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : (int)NumberWords.ValueOf(number);
                var direction = match[(match.LastIndexOf(' ') + 1)..];
                var later = direction.Equals("later", StringComparison.OrdinalIgnoreCase) || direction.Equals("after", StringComparison.OrdinalIgnoreCase);
                Add(found, earlier, m.Index, m.Length, DateValue.OfDay(anchor.AddDays((later ? 1 : -1) * days)));
            }
        }

        if (text.IndexOfAny(WeekdayNames) >= 0)
        {
            earlier = Earlier(found);
            foreach (var m in Weekday().EnumerateMatches(text))
            {
                var weekday = Enum.Parse<DayOfWeek>(text.Slice(m.Index, m.Length));
                var day = NextBefore(text, m.Index)
                    ? ResolveWeekday(published.AddDays(1), weekday, future: true)
                    : ResolveWeekday(published, weekday, SpeaksOfFuture(sentence, m.Index, m.Length));
                Add(found, earlier, m.Index, m.Length, DateValue.OfDay(day));
            }
        }

        found.Sort((a, b) => a.Start.CompareTo(b.Start));
        return found;
    }

    /// <summary>
    /// "Last week" and "this week" have no day: they are the month they fall in. A weekend is its Saturday:
    /// the coming one when the sentence speaks of the future, else the last one.
    /// </summary>
    /// <param name="match">"{which} week", "{which} weekend" or "over the weekend" (which is then none).</param>
    private static DateValue Week(DateOnly published, ReadOnlySpan<char> match)
    {
        var which = match.StartsWith("over ", StringComparison.OrdinalIgnoreCase) ? [] : match[..match.LastIndexOf(' ')];
        var last = which.Equals("last", StringComparison.OrdinalIgnoreCase);
        var next = which.Equals("next", StringComparison.OrdinalIgnoreCase);
        if (!match.EndsWith("weekend", StringComparison.OrdinalIgnoreCase))
        {
            var day = last ? published.AddDays(-7) : next ? published.AddDays(7) : published;
            return new DateValue(day.Year, day.Month, 0, DatePrecision.Month);
        }

        var future = next || (!last && published.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday));
        var saturday = ResolveWeekday(published, DayOfWeek.Saturday, future);
        return DateValue.OfDay(next ? saturday.AddDays(7) : saturday);
    }

    /// <summary>Whether the words around a date (within a few words either side) speak of something still to come.</summary>
    private static bool SpeaksOfFuture(string sentence, int index, int length)
    {
        const int Window = 40;
        var start = Math.Max(0, index - Window);
        var end = Math.Min(sentence.Length, index + length + Window);
        return FutureTense().IsMatch(sentence.AsSpan(start, end - start));
    }

    /// <summary>
    /// A weekday named in a report is the latest such day on or before publication, or, when the sentence speaks of the
    /// future, the first such day on or after it: "expected on Sunday" in a report of a Sunday is that day ("next
    /// Sunday" is the one after).
    /// </summary>
    public static DateOnly ResolveWeekday(DateOnly published, DayOfWeek weekday, bool future)
    {
        var difference = (int)weekday - (int)published.DayOfWeek;
        if (future)
        {
            return published.AddDays(difference < 0 ? difference + 7 : difference);
        }

        return published.AddDays(difference > 0 ? difference - 7 : difference);
    }

    /// <summary>"next Sunday": the weekday after the day of publication, never the day itself.</summary>
    private static bool NextBefore(ReadOnlySpan<char> text, int index) =>
        text[..index].TrimEnd().EndsWith("next", StringComparison.OrdinalIgnoreCase);

    /// <param name="match">A day and a month, with or without a weekday before them and a year after them.</param>
    private static DateValue Day(DateOnly published, ReadOnlySpan<char> match, bool future)
    {
        var month = MonthIn(match, out _);
        // Two numbers are a day and a year (two digits at most against four); one is the day.
        var (day, last) = Numbers(match);
        int year;
        if (last != day)
        {
            year = last;
        }
        else if (match.IndexOfAny(WeekdayNames) >= 0 && !future)
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

    private static void Add(List<DateMatch> found, SpanIndex earlier, int index, int length, DateValue value)
    {
        if (!earlier.Overlaps(index, index + length))
        {
            found.Add(new DateMatch(index, index + length, value));
        }
    }

    private static SpanIndex Earlier(List<DateMatch> found) => new(found.ConvertAll(f => (f.Start, f.End)));

    /// <summary>The first and the last number in a date's text (the same when it has one): a day and a year, or a year.</summary>
    private static (int First, int Last) Numbers(ReadOnlySpan<char> date)
    {
        var first = date.IndexOfAnyInRange('0', '9');
        var firstLength = date[first..].IndexOfAnyExceptInRange('0', '9');
        var number = date.Slice(first, firstLength < 0 ? date.Length - first : firstLength);
        var lastEnd = date.LastIndexOfAnyInRange('0', '9') + 1;
        var lastStart = date[..lastEnd].LastIndexOfAnyExceptInRange('0', '9') + 1;
        return (int.Parse(number, CultureInfo.InvariantCulture), int.Parse(date[lastStart..lastEnd], CultureInfo.InvariantCulture));
    }

    /// <summary>The number of the month named in a date's text, and where its name starts.</summary>
    /// <remarks>Nothing else a date pattern matches (weekdays, "in", "mid", "early"…) holds a month's name.</remarks>
    private static int MonthIn(ReadOnlySpan<char> date, out int start)
    {
        start = date.IndexOfAny(MonthNames);
        var length = date[start..].IndexOfAnyExcept(AsciiLetters);
        return MonthNumbers[date.Slice(start, length < 0 ? date.Length - start : length)];
    }

    // A lookup, not date parsing, per match.
    private static readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> MonthNumbers = Months.Split('|')
        .Select((month, index) => (month, index))
        .ToDictionary(m => m.month, m => m.index + 1, StringComparer.Ordinal)
        .GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly SearchValues<char> AsciiLetters = SearchValues.Create("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz");
    private static readonly SearchValues<string> MonthNames = SearchValues.Create(Months.Split('|'), StringComparison.Ordinal);
    private static readonly SearchValues<string> WeekdayNames = SearchValues.Create(Weekdays.Split('|'), StringComparison.Ordinal);
    // Searched as string sets rather than with Contains(..., OrdinalIgnoreCase), which under invariant globalization
    // compares character by character (a visible share of a large build's profile, docs/performance.md).
    private static readonly SearchValues<string> YearWord = SearchValues.Create(["year"], StringComparison.OrdinalIgnoreCase);
    private static readonly SearchValues<string> WeekWord = SearchValues.Create(["week"], StringComparison.OrdinalIgnoreCase);
    private static readonly SearchValues<string> DayWord = SearchValues.Create(["day"], StringComparison.OrdinalIgnoreCase);
    private static readonly SearchValues<string> RelativeDayNames = SearchValues.Create(["today", "tomorrow", "yesterday"], StringComparison.OrdinalIgnoreCase);
}
