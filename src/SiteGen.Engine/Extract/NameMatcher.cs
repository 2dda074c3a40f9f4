using SiteGen.Content;

namespace SiteGen.Extract;

/// <summary>
/// Finds every person's name and aliases in text in one pass: names are a tree of their words, walked from each word
/// of the text as far as its words follow, the longest name found winning; a match is of whole words ("Zelensky"
/// matches in "Zelensky's" but not in "Zelenskyy"). Built once per site; the cost of a scan grows with neither the
/// number of people nor the number of names sharing a first word.
/// </summary>
internal sealed class NameMatcher
{
    private readonly NameNode _root = new();

    public NameMatcher(IEnumerable<Person> people)
    {
        foreach (var person in people)
        {
            foreach (var name in person.Aliases.Prepend(person.Name).Select(ComparableText.Of).Distinct(StringComparer.Ordinal))
            {
                Add(name, person, afterName: false);
            }

            foreach (var name in person.AliasesAfterName.Select(ComparableText.Of).Distinct(StringComparer.Ordinal))
            {
                Add(name, person, afterName: true);
            }
        }
    }

    private void Add(string name, Person person, bool afterName)
    {
        var node = _root;
        foreach (var word in Words(name))
        {
            node = node.Child(name[word]);
        }

        if (node == _root)
        {
            return;
        }

        // The first person given a name keeps it (two files giving one are refused before the build gets here); a name
        // given after the name may be shared, and is then the person the article has named.
        if (!afterName)
        {
            node.Person ??= person;
        }
        else if (!(node.AfterName ??= []).Contains(person))
        {
            node.AfterName.Add(person);
        }
    }

    /// <summary>The non-overlapping name matches in <paramref name="text"/>, in order; names that count only after the person was named do not count.</summary>
    public IReadOnlyList<NameMatch> Find(string text) => Find(text, null);

    /// <summary>The non-overlapping name matches in <paramref name="text"/>, in order.</summary>
    /// <param name="named">The people the text before has named, added to as names are found: a spelling of
    /// <see cref="Person.AliasesAfterName"/> counts only for someone in it.</param>
    public IReadOnlyList<NameMatch> Find(string text, ISet<Person>? named)
    {
        var matches = new List<NameMatch>();
        var words = Words(text);
        for (var i = 0; i < words.Count; i++)
        {
            var node = _root.Next(text.AsSpan()[words[i]]);
            (Person Person, int Last)? longest = null;
            for (var k = i; node != null; node = ++k < words.Count && Adjacent(text, words[k - 1], words[k]) ? node.Next(text.AsSpan()[words[k]]) : null)
            {
                if ((node.Person ?? node.NamedEarlier(named)) is { } person)
                {
                    longest = (person, k);
                }
            }

            if (longest is { } found)
            {
                matches.Add(new NameMatch(found.Person, words[i].Start.Value, words[found.Last].End.Value));
                named?.Add(found.Person);
                i = found.Last;
            }
        }

        return matches;
    }

    /// <summary>The words of a name stand next to each other, separated by white space only.</summary>
    private static bool Adjacent(string text, Range before, Range after) =>
        text.AsSpan(before.End.Value, after.Start.Value - before.End.Value).IsWhiteSpace();

    /// <summary>A word of a name: the words that may follow it, and the person whose name ends with it, if one does.</summary>
    private sealed class NameNode
    {
        private Dictionary<string, NameNode>? _next;

        public Person? Person { get; set; }

        /// <summary>The people whose <see cref="Content.Person.AliasesAfterName"/> end here.</summary>
        public List<Person>? AfterName { get; set; }

        /// <summary>The one person of <see cref="AfterName"/> the text before has named; none when it named none or several (no guess).</summary>
        public Person? NamedEarlier(ISet<Person>? named)
        {
            if (AfterName == null || named == null)
            {
                return null;
            }

            Person? found = null;
            foreach (var person in AfterName)
            {
                if (named.Contains(person))
                {
                    if (found != null)
                    {
                        return null;
                    }

                    found = person;
                }
            }

            return found;
        }

        public NameNode Child(string word)
        {
            _next ??= new Dictionary<string, NameNode>(StringComparer.Ordinal);
            if (!_next.TryGetValue(word, out var child))
            {
                child = new NameNode();
                _next.Add(word, child);
            }

            return child;
        }

        // Looked up by the text's own characters: a copy of every word of every sentence only to look it up was most
        // of what matching allocated.
        public NameNode? Next(ReadOnlySpan<char> word) =>
            _next != null && _next.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(word, out var child) ? child : null;
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
