namespace SiteGen.CrossReference;

/// <summary>The mentions of one person, date or figure in one article, in text order, and how many sentences they stand in.</summary>
public sealed class MentionGroup<TMention>(IReadOnlyList<TMention> mentions, int sentences)
{
    public IReadOnlyList<TMention> Mentions { get; } = mentions;

    public int Sentences { get; } = sentences;

    /// <summary>Groups <paramref name="mentions"/> (in text order) by <paramref name="keyOf"/>, counting each group's sentences.</summary>
    public static IReadOnlyDictionary<TKey, MentionGroup<TMention>> By<TKey>(
        IReadOnlyList<TMention> mentions, Func<TMention, TKey> keyOf, Func<TMention, SentenceRef> sentenceOf, IEqualityComparer<TKey>? comparer = null)
        where TKey : notnull
    {
        var lists = new Dictionary<TKey, List<TMention>>(comparer);
        foreach (var mention in mentions)
        {
            var key = keyOf(mention);
            if (!lists.TryGetValue(key, out var list))
            {
                list = [];
                lists.Add(key, list);
            }

            list.Add(mention);
        }

        var groups = new Dictionary<TKey, MentionGroup<TMention>>(lists.Count, comparer);
        foreach (var (key, list) in lists)
        {
            // Mentions come in text order, so a group's sentences are its runs of one sentence.
            var sentences = 0;
            SentenceRef? previous = null;
            foreach (var mention in list)
            {
                var sentence = sentenceOf(mention);
                if (!ReferenceEquals(sentence, previous))
                {
                    sentences++;
                    previous = sentence;
                }
            }

            groups.Add(key, new MentionGroup<TMention>(list, sentences));
        }

        return groups;
    }
}
