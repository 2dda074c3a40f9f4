using System.Globalization;
using System.Text.RegularExpressions;

namespace SiteGen.CrossReference;

/// <summary>
/// Finds the figures a sentence reports: numbers in digits ("390", "1,000", "2.5") and words ("two", "a dozen"),
/// ranges ("8,000 to 10,000"), the qualifier before them and the noun phrase they count. Years, days of the month
/// (spans already taken by dates), clock times, model names ("Mi-8"), "24/7" and "1,000-for-1,000" are not figures.
/// </summary>
public static partial class FigureRecognizer
{
    /// <summary>Words that end the counted noun phrase: verbs, prepositions, conjunctions and time words.</summary>
    private static readonly HashSet<string> PhraseStops = new(StringComparer.OrdinalIgnoreCase)
    {
        "a", "an", "the", "and", "or", "but", "of", "to", "in", "on", "at", "by", "for", "from", "with", "as", "into", "onto",
        "is", "are", "was", "were", "be", "been", "being", "had", "has", "have", "will", "would", "could", "should", "may",
        "who", "which", "that", "this", "these", "those", "while", "when", "where", "than", "including", "each", "per",
        "overnight", "today", "yesterday", "tomorrow", "ago", "later", "earlier", "since", "after", "before", "during",
        "said", "say", "says", "according", "reported", "released", "returned", "injured", "killed", "held", "captured",
        "west", "east", "north", "south", "over", "under", "about", "across", "between", "remain", "remains", "more", "less",
    };

    [GeneratedRegex(@"(?<![\w.,/-])(?<value>\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)(?:\s*(?:to|–|—|-)\s*(?<high>\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?))?(?![\w/]|[.,]\d|-for-|:\d)", RegexOptions.CultureInvariant)]
    private static partial Regex Digits();

    [GeneratedRegex($@"\b(?<value>{CrossReference.NumberWords.Pattern})\b(?!-for)", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex WrittenNumbers();

    [GeneratedRegex(@"(?<qualifier>\b(?:at least|more than|less than|fewer than|over|under|approximately|about|around|nearly|almost|up to|some|roughly|an estimated|estimated|only|just|another)\s+)$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex QualifierBefore();

    [GeneratedRegex(@"\d[\d,]*\s*-?\s*for\s*-?\s*\d[\d,]*", RegexOptions.CultureInvariant)]
    private static partial Regex OneForOne();

    [GeneratedRegex(@"^\s*(?:a\.m\.|p\.m\.|am\b|pm\b|GMT|UTC|CT\b|ET\b)", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex ClockAfter();

    [GeneratedRegex(@"\G[\s(]*(?<words>(?:[\p{L}][\p{L}'’-]*\s*){1,4})", RegexOptions.CultureInvariant)]
    private static partial Regex WordsAfter();

    /// <summary>The figures of <paramref name="sentence"/> outside the <paramref name="taken"/> spans (names and dates), in order.</summary>
    public static IReadOnlyList<FigureMatch> Find(string sentence, IReadOnlyList<(int Start, int End)> taken)
    {
        var found = new List<FigureMatch>();
        foreach (Match m in Digits().Matches(sentence))
        {
            var value = Parse(m.Groups["value"].Value);
            var high = m.Groups["high"].Success ? Parse(m.Groups["high"].Value) : (decimal?)null;
            if (IsYear(m, value, high) || ClockAfter().IsMatch(sentence.AsSpan(m.Index + m.Length)) || IsModelName(sentence, m.Index) || IsOneForOne(sentence, m))
            {
                continue;
            }

            Add(found, sentence, taken, m.Index, m.Index + m.Length, value, high);
        }

        foreach (Match m in WrittenNumbers().Matches(sentence))
        {
            if (m.Value.Equals("one", StringComparison.OrdinalIgnoreCase) && !CountsOne(sentence, m))
            {
                continue;
            }

            Add(found, sentence, taken, m.Index, m.Index + m.Length, NumberWords.ValueOf(m.Value), null);
        }

        found.Sort((a, b) => a.Start.CompareTo(b.Start));
        return found;
    }

    private static void Add(List<FigureMatch> found, string sentence, IReadOnlyList<(int Start, int End)> taken, int start, int end, decimal value, decimal? high)
    {
        if (taken.Any(t => start < t.End && t.Start < end) || found.Any(f => start < f.End && f.Start < end))
        {
            return;
        }

        // The text before the figure as the whole input ("$" is the figure's start), without copying it.
        var qualifier = QualifierBefore().Match(sentence, 0, start);
        if (qualifier.Success && IsParticle(sentence, qualifier))
        {
            qualifier = Match.Empty;
        }

        var figureStart = qualifier.Success ? qualifier.Index : start;
        found.Add(new FigureMatch(figureStart, end, value, high, qualifier.Success ? qualifier.Groups["qualifier"].Value.Trim().ToLowerInvariant() : string.Empty, Counted(sentence, end)));
    }

    /// <summary>"one drone", "one over Lipetsk Oblast" count; "one of the few areas", "no one", "every one of us" do not.</summary>
    private static bool CountsOne(string sentence, Match one)
    {
        var after = sentence[(one.Index + one.Length)..].TrimStart();
        var before = sentence[..one.Index].TrimEnd();
        var previous = before[(before.LastIndexOf(' ') + 1)..].ToLowerInvariant();
        return !after.StartsWith("of ", StringComparison.OrdinalIgnoreCase)
            && !after.StartsWith("another", StringComparison.OrdinalIgnoreCase)
            && previous is not ("no" or "every" or "any" or "some" or "the" or "that" or "this" or "which" or "by");
    }

    /// <summary>"handed over 390": "over" belongs to the verb before it, it does not qualify the number.</summary>
    private static bool IsParticle(string sentence, Match qualifier)
    {
        var word = qualifier.Groups["qualifier"].Value.Trim();
        if (!word.Equals("over", StringComparison.OrdinalIgnoreCase) && !word.Equals("about", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        var before = sentence[..qualifier.Index].TrimEnd();
        var previous = before[(before.LastIndexOf(' ') + 1)..];
        return previous.EndsWith("ed", StringComparison.Ordinal) || previous is "hand" or "hands" or "took" or "take" or "takes" or "turn" or "turns" or "brought" or "talk" or "talked";
    }

    /// <summary>The noun phrase after a number: up to four words, ending before a verb, preposition or conjunction.</summary>
    private static string Counted(string sentence, int end)
    {
        // "three-year war": the word joined by a hyphen is what the number counts.
        var start = end;
        while (start < sentence.Length && sentence[start] == '-')
        {
            start++;
        }

        // Matched in place (\G) rather than on a copy of the rest of the sentence.
        var m = WordsAfter().Match(sentence, start);
        if (!m.Success)
        {
            return string.Empty;
        }

        var words = new List<string>();
        foreach (var word in m.Groups["words"].Value.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            var bare = word.TrimEnd(',', ';', ':');
            if (PhraseStops.Contains(bare) || (words.Count > 0 && bare.EndsWith("ed", StringComparison.Ordinal) && char.IsLower(bare[0])))
            {
                break;
            }

            words.Add(bare);
            if (bare.Length != word.Length)
            {
                break;
            }
        }

        return string.Join(' ', words);
    }

    private static bool IsYear(Match m, decimal value, decimal? high) =>
        high == null && !m.Groups["value"].Value.Contains(',') && value is >= 1900 and <= 2100 && value == decimal.Truncate(value);

    /// <summary>"1,000 for 1,000" (in any spacing or quoting) names the agreement; neither number is a count in itself.</summary>
    private static bool IsOneForOne(string sentence, Match m) =>
        OneForOne().Matches(sentence).Any(o => o.Index <= m.Index && m.Index + m.Length <= o.Index + o.Length);

    /// <summary>"Mi-8" and code such as "alert(1)": a number glued to the word before it names or calls something.</summary>
    private static bool IsModelName(string sentence, int index) =>
        index >= 2 && sentence[index - 1] is '-' or '(' && char.IsLetter(sentence[index - 2]);

    private static decimal Parse(string text) => decimal.Parse(text.Replace(",", string.Empty), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture);
}
