using System.Buffers;
using System.Globalization;
using System.Text.RegularExpressions;

namespace SiteGen.Extract;

/// <summary>
/// Finds the figures a sentence reports: numbers in digits ("390", "1,000", "2.5") and words ("two", "a dozen"),
/// ranges ("8,000 to 10,000"), the qualifier before them and the noun phrase they count. Years, days of the month
/// (spans already taken by dates), clock times, model names ("Mi-8"), "24/7" and "1,000-for-1,000" are not figures.
/// </summary>
internal static partial class FigureRecognizer
{
    /// <summary>Words that end the counted noun phrase: verbs, prepositions, conjunctions and time words.</summary>
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> PhraseStops = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "a", "an", "the", "and", "or", "but", "of", "to", "in", "on", "at", "by", "for", "from", "with", "as", "into", "onto",
        "is", "are", "was", "were", "be", "been", "being", "had", "has", "have", "will", "would", "could", "should", "may",
        "who", "which", "that", "this", "these", "those", "while", "when", "where", "than", "including", "each", "per",
        "overnight", "today", "yesterday", "tomorrow", "ago", "later", "earlier", "since", "after", "before", "during",
        "said", "say", "says", "according", "reported", "released", "returned", "injured", "killed", "held", "captured",
        "west", "east", "north", "south", "near", "over", "under", "about", "across", "between", "remain", "remains", "more", "less",
    }.GetAlternateLookup<ReadOnlySpan<char>>();

    [GeneratedRegex(@"(?<![\w.,/-])(?<value>\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)(?:\s*(?:to|–|—|-)\s*(?<high>\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?))?(?![\w/]|[.,]\d|-for-|:\d)", RegexOptions.CultureInvariant)]
    private static partial Regex Digits();

    [GeneratedRegex($@"\b(?<value>{NumberWords.Pattern})\b(?!-for)", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex WrittenNumbers();

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
        var text = sentence.AsSpan();
        var names = new SpanIndex(taken);

        // Only a sentence with a digit or a number word is searched for figures of that kind (most have neither).
        // Matches are taken as positions (no match objects: every sentence of the archive is searched), and the two
        // numbers of a range are read from the match's text.
        if (text.ContainsAnyInRange('0', '9'))
        {
            var agreements = new SpanIndex(text.Contains("for", StringComparison.Ordinal) ? OneForOneSpans(sentence) : []);
            foreach (var m in Digits().EnumerateMatches(text))
            {
                var match = text.Slice(m.Index, m.Length);
                var (lowEnd, highStart) = RangeParts(match);
                var lowText = match[..lowEnd];
                var highText = match[highStart..];

                // A number beyond decimal's 28 digits is no count a report makes: not a figure.
                if (Parse(lowText) is not { } value)
                {
                    continue;
                }

                var high = highText.IsEmpty ? null : Parse(highText);
                if (!highText.IsEmpty && high == null)
                {
                    continue;
                }

                if (IsYear(lowText, value, high) || ClockAfter().IsMatch(text[(m.Index + m.Length)..]) || IsModelName(sentence, m.Index) || agreements.Holds(m.Index, m.Index + m.Length))
                {
                    continue;
                }

                Add(found, sentence, names, m.Index, m.Index + m.Length, value, high);
            }
        }

        if (text.IndexOfAny(NumberWordValues) >= 0)
        {
            // Figures in digits come first: a number in words is dropped where it overlaps one. Matches of one pattern
            // never overlap each other, so only the other pattern's need asking.
            var inDigits = new SpanIndex(found.Select(f => (f.Start, f.End)).ToList());
            var bareOnes = 0;
            foreach (var m in WrittenNumbers().EnumerateMatches(text))
            {
                var words = text.Slice(m.Index, m.Length);
                var one = words.Equals("one", StringComparison.OrdinalIgnoreCase);
                if (one && !CountsOne(sentence, m.Index, m.Length))
                {
                    continue;
                }

                if (!inDigits.Overlaps(m.Index, m.Index + m.Length))
                {
                    var before = found.Count;
                    Add(found, sentence, names, m.Index, m.Index + m.Length, NumberWords.ValueOf(words), null, NumberWords.IsRound(words));
                    if (one && found.Count > before && found[^1].Qualifier.Length == 0)
                    {
                        bareOnes++;
                    }
                }
            }

            // "One woman said", "one man said", "showed one released serviceman": a bare "one" is mostly "a", not a
            // count. It counts beside other figures ("24 over Moscow and one over Lipetsk") or with a qualifier ("only one").
            if (bareOnes > 0 && found.Count == bareOnes)
            {
                found.Clear();
            }
        }

        found.Sort((a, b) => a.Start.CompareTo(b.Start));
        return found;
    }

    private static void Add(List<FigureMatch> found, string sentence, SpanIndex taken, int start, int end, decimal value, decimal? high, bool round = false)
    {
        if (taken.Overlaps(start, end))
        {
            return;
        }

        var qualifier = QualifierBefore(sentence, start);
        if (qualifier is { } q && IsParticle(sentence, q.Start, q.Phrase))
        {
            qualifier = null;
        }

        found.Add(new FigureMatch(qualifier?.Start ?? start, end, value, high, qualifier?.Phrase ?? string.Empty, Counted(sentence, end), round));
    }

    /// <summary>
    /// The qualifier right before a figure ("at least 8,000"): a listed phrase, in any case, that starts a word and is
    /// followed by nothing but white space up to the figure; the longest when several end there ("an estimated").
    /// </summary>
    private static (int Start, string Phrase)? QualifierBefore(string sentence, int figureStart)
    {
        var end = figureStart;
        while (end > 0 && char.IsWhiteSpace(sentence[end - 1]))
        {
            end--;
        }

        (int Start, string Phrase)? best = null;
        if (end == figureStart)
        {
            return best;
        }

        foreach (var phrase in Qualifiers)
        {
            var start = end - phrase.Length;
            if (start >= 0
                && (best == null || start < best.Value.Start)
                && sentence.AsSpan(start, phrase.Length).Equals(phrase, StringComparison.OrdinalIgnoreCase)
                && (start == 0 || !IsWordCharacter(sentence[start - 1])))
            {
                best = (start, phrase);
            }
        }

        return best;
    }

    /// <summary>A character of a word, as regular expressions' <c>\b</c> sees it.</summary>
    private static bool IsWordCharacter(char c) =>
        char.IsLetterOrDigit(c)
        || char.GetUnicodeCategory(c) is System.Globalization.UnicodeCategory.NonSpacingMark or System.Globalization.UnicodeCategory.ConnectorPunctuation
        || c is '\u200C' or '\u200D';

    /// <summary>"one drone", "one over Lipetsk Oblast" count; "one of the few areas", "no one", "every one of us" do not.</summary>
    private static bool CountsOne(string sentence, int index, int length)
    {
        var after = sentence.AsSpan(index + length).TrimStart();
        var previous = WordBefore(sentence, index);
        return !after.StartsWith("of ", StringComparison.OrdinalIgnoreCase)
            && !after.StartsWith("another", StringComparison.OrdinalIgnoreCase)
            && !(previous.Equals("no", StringComparison.OrdinalIgnoreCase) || previous.Equals("every", StringComparison.OrdinalIgnoreCase)
                || previous.Equals("any", StringComparison.OrdinalIgnoreCase) || previous.Equals("some", StringComparison.OrdinalIgnoreCase)
                || previous.Equals("the", StringComparison.OrdinalIgnoreCase) || previous.Equals("that", StringComparison.OrdinalIgnoreCase)
                || previous.Equals("this", StringComparison.OrdinalIgnoreCase) || previous.Equals("which", StringComparison.OrdinalIgnoreCase)
                || previous.Equals("by", StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>"handed over 390": "over" belongs to the verb before it, it does not qualify the number.</summary>
    private static bool IsParticle(string sentence, int start, string phrase)
    {
        if (phrase is not ("over" or "about"))
        {
            return false;
        }

        var previous = WordBefore(sentence, start);
        return previous.EndsWith("ed", StringComparison.Ordinal) || previous is "hand" or "hands" or "took" or "take" or "takes" or "turn" or "turns" or "brought" or "talk" or "talked";
    }

    /// <summary>
    /// What stands between the last space and <paramref name="index"/>, after trailing white space, read in place:
    /// a copy of the sentence before each figure made a sentence of a hundred thousand figures quadratic.
    /// </summary>
    private static ReadOnlySpan<char> WordBefore(string sentence, int index)
    {
        // Looked for among the last characters only: in a sentence without spaces the word would be all before it.
        const int Longest = 64;
        var before = sentence.AsSpan(0, index).TrimEnd();
        var near = before[Math.Max(0, before.Length - Longest)..];
        return near[(near.LastIndexOf(' ') + 1)..];
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

        // Matched in place (\G) rather than on a copy of the rest of the sentence, as a position: the words are the
        // match after the white space and brackets before them.
        var matches = WordsAfter().EnumerateMatches(sentence, start);
        if (!matches.MoveNext())
        {
            return string.Empty;
        }

        var match = sentence.AsSpan(matches.Current.Index, matches.Current.Length);
        var words = match[FirstLetter(match)..];

        // The kept words joined by single spaces, gathered without a string per word.
        Span<char> phrase = words.Length <= 256 ? stackalloc char[256] : new char[words.Length];
        var length = 0;
        foreach (var range in words.Split(' '))
        {
            var word = words[range];
            if (word.IsEmpty)
            {
                continue;
            }

            var bare = word.TrimEnd(",;:");
            if (PhraseStops.Contains(bare) || (length > 0 && bare.EndsWith("ed", StringComparison.Ordinal) && char.IsLower(bare[0])))
            {
                break;
            }

            if (length > 0)
            {
                phrase[length++] = ' ';
            }

            bare.CopyTo(phrase[length..]);
            length += bare.Length;
            if (bare.Length != word.Length)
            {
                break;
            }
        }

        return length == 0 ? string.Empty : new string(phrase[..length]);
    }

    /// <summary>Where the words of a <see cref="WordsAfter"/> match start: they start with a letter, what precedes them has none.</summary>
    private static int FirstLetter(ReadOnlySpan<char> match)
    {
        var i = 0;
        while (!char.IsLetter(match[i]))
        {
            i++;
        }

        return i;
    }

    private static bool IsYear(ReadOnlySpan<char> valueText, decimal value, decimal? high) =>
        high == null && !valueText.Contains(',') && value is >= 1900 and <= 2100 && value == decimal.Truncate(value);

    /// <summary>
    /// The number, or the two numbers of a range, in a match of <see cref="Digits"/>: numbers are digits, commas and
    /// points, and what stands between the two of a range ("to", a dash, white space) is none of those.
    /// </summary>
    /// <returns>Where the first number ends and the second starts (both the match's end when it is one number).</returns>
    private static (int LowEnd, int HighStart) RangeParts(ReadOnlySpan<char> match)
    {
        var lowEnd = match.IndexOfAnyExcept(NumberCharacters);
        return lowEnd < 0 ? (match.Length, match.Length) : (lowEnd, match.LastIndexOfAnyExcept(NumberCharacters) + 1);
    }

    private static readonly SearchValues<char> NumberCharacters = SearchValues.Create("0123456789,.");

    /// <summary>"1,000 for 1,000" (in any spacing or quoting) names the agreement; neither number is a count in itself.</summary>
    private static List<(int Start, int End)> OneForOneSpans(string sentence)
    {
        var spans = new List<(int Start, int End)>();
        for (var m = OneForOne().Match(sentence); m.Success; m = m.NextMatch())
        {
            spans.Add((m.Index, m.Index + m.Length));
        }

        return spans;
    }

    /// <summary>"Mi-8" and code such as "alert(1)": a number glued to the word before it names or calls something.</summary>
    private static bool IsModelName(string sentence, int index) =>
        index >= 2 && sentence[index - 1] is '-' or '(' && char.IsLetter(sentence[index - 2]);

    private static decimal? Parse(ReadOnlySpan<char> text)
    {
        Span<char> digits = text.Length <= 64 ? stackalloc char[64] : new char[text.Length];
        var length = 0;
        foreach (var c in text)
        {
            if (c != ',')
            {
                digits[length++] = c;
            }
        }

        return decimal.TryParse(digits[..length], NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value) ? value : null;
    }

    private static readonly string[] Qualifiers =
    [
        "at least", "more than", "less than", "fewer than", "over", "under", "approximately", "about", "around", "nearly",
        "almost", "up to", "some", "roughly", "an estimated", "estimated", "only", "just", "another",
    ];

    private static readonly SearchValues<string> NumberWordValues = SearchValues.Create(NumberWords.Pattern.Split('|'), StringComparison.OrdinalIgnoreCase);
}
