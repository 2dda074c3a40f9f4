using SiteGen.Content;

namespace SiteGen.CrossReference;

/// <summary>
/// Finds every person's name and aliases in text in one pass: candidates are looked up by their first word,
/// longest first, and must match whole words ("Zelensky" matches in "Zelensky's" but not in "Zelenskyy").
/// Built once per site; the cost of a scan does not grow with the number of people.
/// </summary>
public sealed class NameMatcher
{
    private readonly Dictionary<string, List<(string[] Words, Person Person)>> _byFirstWord = new(StringComparer.Ordinal);

    // Looked up by the text's own characters: a copy of every word of every sentence only to look it up was most of
    // what matching allocated.
    private readonly Dictionary<string, List<(string[] Words, Person Person)>>.AlternateLookup<ReadOnlySpan<char>> _byFirstWordSpan;

    public NameMatcher(IEnumerable<Person> people)
    {
        foreach (var person in people)
        {
            foreach (var name in person.Aliases.Prepend(person.Name).Distinct(StringComparer.Ordinal))
            {
                var words = Words(name).Select(w => name[w]).ToArray();
                if (words.Length == 0)
                {
                    continue;
                }

                if (!_byFirstWord.TryGetValue(words[0], out var candidates))
                {
                    candidates = [];
                    _byFirstWord.Add(words[0], candidates);
                }

                candidates.Add((words, person));
            }
        }

        foreach (var candidates in _byFirstWord.Values)
        {
            candidates.Sort((a, b) => b.Words.Length.CompareTo(a.Words.Length));
        }

        _byFirstWordSpan = _byFirstWord.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>The non-overlapping name matches in <paramref name="text"/>, in order.</summary>
    public IReadOnlyList<NameMatch> Find(string text)
    {
        var matches = new List<NameMatch>();
        var words = Words(text);
        for (var i = 0; i < words.Count; i++)
        {
            if (!_byFirstWordSpan.TryGetValue(text.AsSpan()[words[i]], out var candidates))
            {
                continue;
            }

            foreach (var (aliasWords, person) in candidates)
            {
                if (MatchesAt(text, words, i, aliasWords))
                {
                    var last = words[i + aliasWords.Length - 1];
                    matches.Add(new NameMatch(person, words[i].Start.Value, last.End.Value));
                    i += aliasWords.Length - 1;
                    break;
                }
            }
        }

        return matches;
    }

    private static bool MatchesAt(string text, List<Range> words, int first, string[] aliasWords)
    {
        if (first + aliasWords.Length > words.Count)
        {
            return false;
        }

        for (var k = 0; k < aliasWords.Length; k++)
        {
            var word = words[first + k];
            if (!text.AsSpan(word.Start.Value, word.End.Value - word.Start.Value).SequenceEqual(aliasWords[k]))
            {
                return false;
            }

            // The words of a name stand next to each other, separated by white space only.
            if (k > 0 && !text.AsSpan(words[first + k - 1].End.Value, word.Start.Value - words[first + k - 1].End.Value).IsWhiteSpace())
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// Words are runs of letters, digits and inner hyphens; apostrophes end a word, so possessives match. The list is
    /// this thread's, emptied on the next call: every sentence of the archive is split into words.
    /// </summary>
    private static List<Range> Words(string text)
    {
        var words = t_words ??= new List<Range>(64);
        words.Clear();
        var i = 0;
        while (i < text.Length)
        {
            if (!char.IsLetterOrDigit(text[i]))
            {
                i++;
                continue;
            }

            var start = i;
            while (i < text.Length && (char.IsLetterOrDigit(text[i]) || (text[i] == '-' && i + 1 < text.Length && char.IsLetterOrDigit(text[i + 1]))))
            {
                i++;
            }

            words.Add(new Range(start, i));
        }

        return words;
    }

    [ThreadStatic]
    private static List<Range>? t_words;
}
