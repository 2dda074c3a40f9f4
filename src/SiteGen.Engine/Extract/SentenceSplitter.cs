namespace SiteGen.Extract;

/// <summary>
/// Splits a paragraph's plain text into sentences. A sentence ends at '.', '!' or '?' (with any closing quotes)
/// followed by white space and a capital, digit or opening quote, except after abbreviations and initials
/// ("U.S.", "Mr.", "V.") and while a quotation is open, so a quoted passage stays inside the sentence that quotes it.
/// </summary>
internal static class SentenceSplitter
{
    private static readonly HashSet<string> Abbreviations = new(StringComparer.Ordinal)
    {
        "Mr", "Mrs", "Ms", "Dr", "Prof", "St", "Sr", "Jr", "Gen", "Lt", "Col", "Maj", "Capt", "Sgt", "Rep", "Sen", "Gov",
        "Pres", "Rev", "Hon", "No", "vs", "etc", "approx", "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept",
        "Oct", "Nov", "Dec", "Inc", "Ltd", "Co", "Corp", "Mt", "Ft", "a.m", "p.m", "e.g", "i.e",
    };

    /// <summary>The [start, end) ranges of the sentences of <paramref name="text"/>, trimmed of surrounding white space.</summary>
    public static IReadOnlyList<Range> Split(string text)
    {
        var sentences = new List<Range>();
        var start = SkipSpace(text, 0);
        var openDoubleQuotes = 0;
        for (var i = start; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '“')
            {
                openDoubleQuotes++;
            }
            else if (c == '”')
            {
                openDoubleQuotes = Math.Max(0, openDoubleQuotes - 1);
            }
            else if (c == '"')
            {
                openDoubleQuotes = openDoubleQuotes > 0 ? openDoubleQuotes - 1 : 1;
            }

            if (c is not ('.' or '!' or '?'))
            {
                continue;
            }

            var end = i + 1;
            while (end < text.Length && text[end] is '.' or '!' or '?')
            {
                end++;
            }

            // The run of marks is one candidate end, looked at once: from each of its marks in turn, a run of n dots was
            // looked at n times, quadratic in the run. The quotes after it are left to the loop, which counts them.
            var marksEnd = end;
            var closed = openDoubleQuotes;
            while (end < text.Length && text[end] is '"' or '”' or '’' or '\'' or ')')
            {
                if (text[end] is '"' or '”')
                {
                    closed = Math.Max(0, closed - 1);
                }

                end++;
            }

            if (closed > 0 || end >= text.Length || !char.IsWhiteSpace(text[end]))
            {
                i = marksEnd - 1;
                continue;
            }

            var next = SkipSpace(text, end);
            if (next >= text.Length || !StartsSentence(text[next]) || (c == '.' && IsAbbreviation(text, i)))
            {
                i = marksEnd - 1;
                continue;
            }

            openDoubleQuotes = closed;
            sentences.Add(new Range(start, end));
            start = next;
            i = next - 1;
        }

        var last = text.Length;
        while (last > start && char.IsWhiteSpace(text[last - 1]))
        {
            last--;
        }

        if (last > start)
        {
            sentences.Add(new Range(start, last));
        }

        return sentences;
    }

    private static bool StartsSentence(char c) =>
        char.IsUpper(c) || char.IsDigit(c) || c is '"' or '“' or '‘' or '\'' or '(' or '–' or '—';

    /// <summary>True when the word before the period at <paramref name="period"/> is an abbreviation or an initial.</summary>
    private static bool IsAbbreviation(string text, int period)
    {
        var wordStart = period;
        while (wordStart > 0 && (char.IsLetter(text[wordStart - 1]) || text[wordStart - 1] == '.'))
        {
            wordStart--;
        }

        var word = text[wordStart..period];
        if (word.Length == 0)
        {
            return false;
        }

        // "U.S." and "U.K.": capitals separated by periods.
        if (word.Contains('.'))
        {
            return !word.Replace(".", string.Empty).Any(char.IsLower) || Abbreviations.Contains(word);
        }

        // A lone capital is an initial after a capitalised word ("Donald J. Trump") but not after a lower-case one ("said on X.").
        if (word.Length == 1 && char.IsUpper(word[0]))
        {
            return PreviousWordIsCapitalised(text, wordStart);
        }

        return Abbreviations.Contains(word);
    }

    private static bool PreviousWordIsCapitalised(string text, int wordStart)
    {
        var end = wordStart;
        while (end > 0 && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }

        var start = end;
        while (start > 0 && char.IsLetter(text[start - 1]))
        {
            start--;
        }

        return start == end ? start == 0 : char.IsUpper(text[start]);
    }

    private static int SkipSpace(string text, int index)
    {
        while (index < text.Length && char.IsWhiteSpace(text[index]))
        {
            index++;
        }

        return index;
    }
}
