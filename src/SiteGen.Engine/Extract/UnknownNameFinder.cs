using System.Text.RegularExpressions;

namespace SiteGen.Extract;

/// <summary>
/// Finds names that look like people's but are not in the people collection: two to four capitalised words that a
/// report introduces as a person's — after a title, however long ("Chief of the Main Directorate of the General Staff
/// Oleh Marchuk", "spokeswoman Anna Zotova"), next to a verb of speech ("said Halyna Shevchuk", "according to …",
/// "X, the head of the delegation, said"), or with an apposition ("Taras Bondar, a former prisoner, …", "The head of
/// the headquarters, Petro Yatsenko, …"). They become build warnings suggesting a person file.
/// </summary>
internal static partial class UnknownNameFinder
{
    /// <summary>Words of institutions, places and times: a capitalised run ending in one names no person.</summary>
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> NotPeople = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "Ministry", "Office", "Staff", "Service", "Administration", "Headquarters", "Forces", "Army", "Council", "Government",
        "Department", "Agency", "Kremlin", "Times", "Independent", "Post", "Press", "Guard", "District", "Oblast", "Region",
        "Union", "Nations", "House", "Court", "Committee", "Television", "News", "Defense", "Defence", "Foreign", "Affairs",
        "Military", "Presidential", "Coordination", "Ukraine", "Russia", "Ukrainian", "Russian", "The", "A", "An",
        "Directorate", "Main", "Intelligence", "Security", "National", "State", "Federal", "Republic", "Embassy", "Police",
        "Parliament", "Duma", "Verkhovna", "Rada", "Telegram", "Navy", "Air", "Bureau", "Centre", "Center", "Institute",
        "University", "Party", "Front", "Brigade", "Battalion", "Regiment", "Corps", "Mission", "Red", "Cross", "Amnesty",
        "International", "United", "States", "European", "Kyiv", "Moscow", "Belarus", "Istanbul", "Prisoners", "War",
        "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November",
        "December", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "On", "In", "At", "By",
        "After", "Before", "During", "Meanwhile", "But", "And", "Then", "When", "While", "According", "If", "As",
    }.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Words that introduce the person named after them, in any case ("President", "spokeswoman").</summary>
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> Titles = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "President", "Minister", "Mayor", "Spokesperson", "Spokesman", "Spokeswoman", "Ombudsman", "Ombudsperson",
        "Governor", "Chancellor", "Secretary", "Senator", "Ambassador", "Commissioner", "Serviceman", "Servicewoman",
        "Prosecutor", "Commander", "Premier", "Envoy", "Chief", "Head", "Deputy", "Director", "Adviser", "Advisor", "Aide",
        "Colonel", "General", "Lieutenant", "Major", "Captain", "Sergeant", "Officer", "Judge", "Journalist", "Reporter",
        "Photographer", "Activist", "Lawyer", "Negotiator", "Mediator", "Chairman", "Chairwoman", "Chair", "Speaker",
        "Pope", "King", "Queen", "Prince", "Mr", "Mrs", "Ms", "Dr", "Soldier", "Medic", "Priest", "Bishop", "Patriarch",
        "Representative", "Delegate", "Official", "Coordinator", "Founder", "Leader", "Marine", "Private", "Volunteer",
    }.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Small words a long title is made of between its capitalised words ("Chief of the Main Directorate").</summary>
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> TitleJoiners =
        new HashSet<string>(StringComparer.Ordinal) { "of", "the", "to", "for", "and", "on", "at", "in" }.GetAlternateLookup<ReadOnlySpan<char>>();

    private const string Speech = "said|says|told|tells|wrote|writes|added|adds|asked|noted|stated|explained|confirmed|announced|stressed|recalled|tweeted|posted";

    [GeneratedRegex($@"\G(?:'s|’s)?(?:\s+|,\s*[^.;,]{{1,100}},\s*)(?:{Speech})\b", RegexOptions.CultureInvariant)]
    private static partial Regex SpeechAfter();

    [GeneratedRegex(@"\G(?:'s|’s)?,\s+(?:the|a|an|who|whose)\s", RegexOptions.CultureInvariant)]
    private static partial Regex AppositionAfter();

    [GeneratedRegex($@"(?:\b(?:{Speech})|\baccording to|\bquoted|\bthanked)\s+$", RegexOptions.CultureInvariant | RegexOptions.RightToLeft)]
    private static partial Regex SpeechBefore();

    [GeneratedRegex(@"[\p{L}][\p{L}'’-]*", RegexOptions.CultureInvariant)]
    private static partial Regex Word();

    /// <summary>How far back a title may stand before the name it introduces, in words.</summary>
    private const int LongestTitle = 14;

    /// <summary>How much text before a name is read for a verb or a title: a name's cue stands right before it.</summary>
    private const int Lookback = 120;

    public static IReadOnlyList<string> Find(string sentence, IReadOnlyList<NameMatch> known)
    {
        var names = new List<string>();
        // Only a sentence with two capitalised words in a row can name anyone new.
        if (!HasTwoCapitalisedWords(sentence))
        {
            return names;
        }

        var words = new List<(int Start, int End)>();
        foreach (var m in Word().EnumerateMatches(sentence))
        {
            words.Add((m.Index, m.Index + m.Length));
        }

        for (var i = 0; i < words.Count; i++)
        {
            if (!IsCapitalised(sentence, words[i]))
            {
                continue;
            }

            var last = i;
            while (last + 1 < words.Count && OnlySpaceBetween(sentence, words[last].End, words[last + 1].Start) && IsCapitalised(sentence, words[last + 1]))
            {
                last++;
            }

            Consider(sentence, words, i, last, known, names);
            i = last;
        }

        return names;
    }

    /// <summary>A run of capitalised words: the words after its last title or institution word are the name, if a cue introduces them.</summary>
    private static void Consider(string sentence, List<(int Start, int End)> words, int first, int last, IReadOnlyList<NameMatch> known, List<string> names)
    {
        var nameStart = first;
        for (var k = first; k <= last; k++)
        {
            var word = Bare(sentence, words[k]);
            if (NotPeople.Contains(word) || Titles.Contains(word) || IsAcronym(word))
            {
                nameStart = k + 1;
            }
        }

        var count = last - nameStart + 1;
        if (count is < 2 or > 4)
        {
            return;
        }

        var start = words[nameStart].Start;
        var end = words[last].End;
        var text = sentence[start..end];
        var name = text.EndsWith("'s", StringComparison.Ordinal) || text.EndsWith("’s", StringComparison.Ordinal) ? text[..^2] : text;
        end = start + name.Length;
        if (known.Any(k => k.Start < end && start < k.End) || names.Contains(name))
        {
            return;
        }

        if (TitleBefore(sentence, words, nameStart)
            || SpeechAfter().IsMatch(sentence, end)
            || AppositionAfter().IsMatch(sentence, end)
            || SpeechBefore().IsMatch(sentence.AsSpan(Math.Max(0, start - Lookback), Math.Min(start, Lookback)))
            || BetweenCommasAfterTitle(sentence, words, nameStart, end))
        {
            names.Add(name);
        }
    }

    /// <summary>A title right before the name, or before it across capitalised words and small joiners, with no punctuation between.</summary>
    private static bool TitleBefore(string sentence, List<(int Start, int End)> words, int nameStart)
    {
        for (var k = nameStart - 1; k >= 0 && k >= nameStart - LongestTitle; k--)
        {
            if (!OnlySpaceBetween(sentence, words[k].End, words[k + 1].Start))
            {
                return false;
            }

            var word = Bare(sentence, words[k]);
            if (Titles.Contains(word))
            {
                return true;
            }

            if (!IsCapitalised(sentence, words[k]) && !TitleJoiners.Contains(word))
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>"The head of the Coordination Headquarters, Petro Yatsenko, thanked …": a name between commas after a clause with a title.</summary>
    private static bool BetweenCommasAfterTitle(string sentence, List<(int Start, int End)> words, int nameStart, int end)
    {
        var before = sentence.AsSpan(0, words[nameStart].Start).TrimEnd();
        if (!before.EndsWith(",") || !sentence.AsSpan(end).TrimStart().StartsWith(","))
        {
            return false;
        }

        for (var k = nameStart - 1; k >= 0 && k >= nameStart - LongestTitle; k--)
        {
            if (k < nameStart - 1 && sentence.AsSpan(words[k].End, words[k + 1].Start - words[k].End).IndexOfAny(".,;:") >= 0)
            {
                return false;
            }

            if (Titles.Contains(Bare(sentence, words[k])))
            {
                return true;
            }
        }

        return false;
    }

    private static bool HasTwoCapitalisedWords(string sentence)
    {
        for (var i = 0; i + 2 < sentence.Length; i++)
        {
            if (char.IsUpper(sentence[i]) && (i == 0 || !char.IsLetter(sentence[i - 1])))
            {
                var space = sentence.IndexOf(' ', i);
                if (space < 0)
                {
                    return false;
                }

                if (space + 1 < sentence.Length && char.IsUpper(sentence[space + 1]))
                {
                    return true;
                }

                i = space;
            }
        }

        return false;
    }

    private static bool IsCapitalised(string sentence, (int Start, int End) word) => char.IsUpper(sentence[word.Start]);

    private static bool IsAcronym(ReadOnlySpan<char> word)
    {
        if (word.Length < 2)
        {
            return false;
        }

        foreach (var c in word)
        {
            if (!char.IsUpper(c))
            {
                return false;
            }
        }

        return true;
    }

    private static bool OnlySpaceBetween(string sentence, int end, int nextStart) =>
        nextStart - end == 1 && sentence[end] == ' ';

    /// <summary>The word without a possessive ending, read in place: "Ukraine's" is "Ukraine".</summary>
    private static ReadOnlySpan<char> Bare(string sentence, (int Start, int End) word)
    {
        var text = sentence.AsSpan(word.Start, word.End - word.Start);
        return text.EndsWith("'s") || text.EndsWith("’s") ? text[..^2] : text;
    }
}
