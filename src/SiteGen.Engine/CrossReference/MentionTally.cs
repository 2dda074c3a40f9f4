namespace SiteGen.CrossReference;

/// <summary>
/// Site-wide, for each person, date or figure: the articles' groups of mentions of it, in article order, and how many
/// sentences mention it. Filled from each article's <see cref="ArticleIndex"/>, one entry per article and key.
/// </summary>
internal sealed class MentionTally<TKey, TMention>(IEqualityComparer<TKey>? comparer = null)
    where TKey : notnull
{
    private readonly Dictionary<TKey, Tally> _tallies = new(comparer);

    public IEnumerable<TKey> Keys => _tallies.Keys;

    public void Add(IReadOnlyDictionary<TKey, MentionGroup<TMention>> article)
    {
        foreach (var (key, group) in article)
        {
            if (!_tallies.TryGetValue(key, out var tally))
            {
                tally = new Tally();
                _tallies.Add(key, tally);
            }

            tally.Groups.Add(group);
            tally.Sentences += group.Sentences;
        }
    }

    public IEnumerable<TMention> MentionsOf(TKey key)
    {
        if (!_tallies.TryGetValue(key, out var tally))
        {
            yield break;
        }

        // Loops rather than SelectMany, which boxes every article's group and its enumerator.
        foreach (var group in tally.Groups)
        {
            foreach (var mention in group.Mentions)
            {
                yield return mention;
            }
        }
    }

    /// <summary>The first mention of <paramref name="key"/>, which must be mentioned.</summary>
    public TMention First(TKey key) => _tallies[key].Groups[0].Mentions[0];

    public int ArticlesMentioning(TKey key) => _tallies.TryGetValue(key, out var tally) ? tally.Groups.Count : 0;

    public int SentencesMentioning(TKey key) => _tallies.TryGetValue(key, out var tally) ? tally.Sentences : 0;

    private sealed class Tally
    {
        public List<MentionGroup<TMention>> Groups { get; } = [];

        public int Sentences { get; set; }
    }
}
