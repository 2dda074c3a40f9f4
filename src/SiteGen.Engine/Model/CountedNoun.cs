using Humanizer;

namespace SiteGen.Model;

/// <summary>
/// What a figure counts, as a figure page groups its mentions: the word of the noun phrase after the number that names
/// it, any case, singular or plural ("3 years", "three-year war" and "3 years now" count years; "3 key topics" does not).
/// </summary>
internal static class CountedNoun
{
    /// <summary>
    /// The grouping key: that word in lower case and in the singular, as English forms it ("casualties" and "casualty",
    /// "people" and "person" are one); empty for a figure that does not say.
    /// </summary>
    public static string KeyOf(string counted)
    {
        var word = FirstWord(counted).ToLowerInvariant();
        // Humanizer takes a word of three letters ending in "s" for a plural ("gas" to "ga"); none is one that counts.
        return word.Length <= 3 ? word : word.Singularize(inputIsKnownToBePlural: false);
    }

    /// <summary>The first word as the mentions write it most often ("years").</summary>
    public static string Commonest(IEnumerable<string> counted) =>
        counted.Select(FirstWord).Where(w => w.Length > 0).GroupBy(w => w, StringComparer.Ordinal).OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal).First().Key;

    /// <summary>
    /// The word that names what is counted: the first, past capitalised adjectives ("Ukrainian soldiers"); empty when a
    /// verb comes first ("two requiring hospital treatment").
    /// </summary>
    private static string FirstWord(string counted)
    {
        var words = counted.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        for (var i = 0; i < words.Length; i++)
        {
            var word = words[i];
            if (word.EndsWith("ing", StringComparison.Ordinal))
            {
                break;
            }

            if (!(char.IsUpper(word[0]) && i + 1 < words.Length))
            {
                return word;
            }
        }

        return string.Empty;
    }
}
