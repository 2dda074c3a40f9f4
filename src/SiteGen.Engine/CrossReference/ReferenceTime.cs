using SiteGen.Extract;

namespace SiteGen.CrossReference;

/// <summary>
/// The time a reported number describes: the date its sentence gives ("as of mid-December 2024", "on May 1", "in
/// April"), or the article's date. A date that opens a period ("since February 2022", "from 2014") is where the count
/// started, not when it was made, so it does not count.
/// </summary>
internal static class ReferenceTime
{
    private static readonly string[] PeriodStarts = ["since", "from", "starting", "beginning"];

    /// <param name="dates">The dates of the sentence, in text order.</param>
    public static DateValue Of(SentenceRef sentence, IEnumerable<DateMention> dates)
    {
        foreach (var date in dates)
        {
            if (!OpensPeriod(sentence.Text, date.Start))
            {
                return date.Date;
            }
        }

        return DateValue.OfDay(sentence.Article.Date);
    }

    private static bool OpensPeriod(string sentence, int dateStart)
    {
        var before = sentence.AsSpan(0, dateStart).TrimEnd();
        var word = before[(before.LastIndexOf(' ') + 1)..];
        foreach (var start in PeriodStarts)
        {
            if (word.Equals(start, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }
}
