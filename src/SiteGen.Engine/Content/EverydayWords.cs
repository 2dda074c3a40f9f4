namespace SiteGen.Content;

/// <summary>Words of ordinary English text that an alias must not be: a month, a weekday, or a word every article uses.</summary>
internal static class EverydayWords
{
    private static readonly HashSet<string> Months = new(StringComparer.OrdinalIgnoreCase)
    {
        "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December",
    };

    private static readonly HashSet<string> Weekdays = new(StringComparer.OrdinalIgnoreCase)
    {
        "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday",
    };

    /// <summary>Words that open sentences or stand capitalised in headlines: function words and the commonest verbs.</summary>
    private static readonly HashSet<string> Common = new(StringComparer.OrdinalIgnoreCase)
    {
        "a", "an", "the", "and", "or", "but", "if", "of", "in", "on", "at", "to", "by", "for", "with", "from", "as", "is",
        "it", "its", "this", "that", "these", "those", "he", "she", "we", "they", "you", "i", "his", "her", "our", "their",
        "will", "can", "might", "must", "shall", "should", "would", "could", "do", "does", "did", "not", "no", "yes", "all",
        "any", "some", "more", "most", "new", "one", "two", "first", "last", "next", "now", "then", "there", "here", "who",
        "what", "when", "where", "why", "how", "after", "before", "over", "under", "up", "down", "out", "said", "says",
        "so", "also", "just", "only", "even", "still", "very", "much", "many", "such", "own", "mark", "well", "hope",
    };

    /// <summary>What <paramref name="word"/> also is, as a warning says it ("a month"), or null when it is no everyday word.</summary>
    public static string? KindOf(string word) =>
        word.Contains(' ') ? null
        : Months.Contains(word) ? "a month"
        : Weekdays.Contains(word) ? "a weekday"
        : Common.Contains(word) ? "an everyday English word"
        : null;
}
