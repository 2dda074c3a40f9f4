namespace SiteGen.CrossReference;

/// <summary>The mentions of one person, date or figure in one article, in text order, and how many sentences they stand in.</summary>
public sealed class MentionGroup<TMention>(ArraySegment<TMention> mentions, int sentences)
{
    public ArraySegment<TMention> Mentions { get; } = mentions;

    public int Sentences { get; } = sentences;

    /// <summary>
    /// Groups <paramref name="mentions"/> (in text order) by <paramref name="keyOf"/>, counting each group's sentences.
    /// The groups share one array, each its own stretch of it: a list per group, for every person, date and figure of
    /// every article, was a large part of what a build keeps.
    /// </summary>
    public static IReadOnlyDictionary<TKey, MentionGroup<TMention>> By<TKey>(
        IReadOnlyList<TMention> mentions, Func<TMention, TKey> keyOf, Func<TMention, SentenceRef> sentenceOf, IEqualityComparer<TKey>? comparer = null)
        where TKey : notnull
    {
        var slots = new Dictionary<TKey, int>(comparer);
        var slotOf = new int[mentions.Count];
        var counts = new List<int>();
        for (var i = 0; i < mentions.Count; i++)
        {
            var key = keyOf(mentions[i]);
            if (!slots.TryGetValue(key, out var slot))
            {
                slot = counts.Count;
                slots.Add(key, slot);
                counts.Add(0);
            }

            slotOf[i] = slot;
            counts[slot]++;
        }

        var starts = new int[counts.Count];
        for (var slot = 1; slot < counts.Count; slot++)
        {
            starts[slot] = starts[slot - 1] + counts[slot - 1];
        }

        var grouped = new TMention[mentions.Count];
        var filled = new int[counts.Count];
        for (var i = 0; i < mentions.Count; i++)
        {
            grouped[starts[slotOf[i]] + filled[slotOf[i]]++] = mentions[i];
        }

        var groups = new Dictionary<TKey, MentionGroup<TMention>>(slots.Count, comparer);
        foreach (var (key, slot) in slots)
        {
            var stretch = new ArraySegment<TMention>(grouped, starts[slot], counts[slot]);
            groups.Add(key, new MentionGroup<TMention>(stretch, SentenceCount(stretch, sentenceOf)));
        }

        return groups;
    }

    /// <summary>Mentions come in text order, so a group's sentences are its runs of one sentence.</summary>
    private static int SentenceCount(ArraySegment<TMention> mentions, Func<TMention, SentenceRef> sentenceOf)
    {
        var sentences = 0;
        SentenceRef? previous = null;
        foreach (var mention in mentions)
        {
            var sentence = sentenceOf(mention);
            if (!ReferenceEquals(sentence, previous))
            {
                sentences++;
                previous = sentence;
            }
        }

        return sentences;
    }
}
