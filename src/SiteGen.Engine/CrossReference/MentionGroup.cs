using System.Buffers;
using SiteGen.Extract;

namespace SiteGen.CrossReference;

/// <summary>The mentions of one person, date or figure in one article, in text order, and how many sentences they stand in.</summary>
internal sealed class MentionGroup<TMention>(ArraySegment<TMention> mentions, int sentences)
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
        // Every article groups its mentions four ways: the working counts live in one pooled array, and the table of
        // keys is made at its final size rather than regrown.
        var count = mentions.Count;
        var slots = new Dictionary<TKey, int>(count, comparer);
        var scratch = ArrayPool<int>.Shared.Rent(count * 3);
        try
        {
            var slotOf = scratch.AsSpan(0, count);
            var counts = scratch.AsSpan(count, count);
            var next = scratch.AsSpan(2 * count, count);
            counts.Clear();
            for (var i = 0; i < count; i++)
            {
                var key = keyOf(mentions[i]);
                if (!slots.TryGetValue(key, out var slot))
                {
                    slot = slots.Count;
                    slots.Add(key, slot);
                }

                slotOf[i] = slot;
                counts[slot]++;
            }

            // Where each group's stretch starts, then where its next mention goes.
            for (int slot = 0, start = 0; slot < slots.Count; start += counts[slot], slot++)
            {
                next[slot] = start;
            }

            var grouped = new TMention[count];
            for (var i = 0; i < count; i++)
            {
                grouped[next[slotOf[i]]++] = mentions[i];
            }

            var groups = new Dictionary<TKey, MentionGroup<TMention>>(slots.Count, comparer);
            foreach (var (key, slot) in slots)
            {
                var stretch = new ArraySegment<TMention>(grouped, next[slot] - counts[slot], counts[slot]);
                groups.Add(key, new MentionGroup<TMention>(stretch, SentenceCount(stretch, sentenceOf)));
            }

            return groups;
        }
        finally
        {
            ArrayPool<int>.Shared.Return(scratch);
        }
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
