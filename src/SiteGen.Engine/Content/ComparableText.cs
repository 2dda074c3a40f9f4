using System.Buffers;
using System.Text;

namespace SiteGen.Content;

/// <summary>
/// Text as names are found in it: composed (as NFC composes Latin, Greek and Cyrillic letters), so a "José" typed as "e" and a combining accent matches "José", and
/// without the invisible characters that can sit inside a word unseen (zero-width space, word joiner, byte-order
/// mark, soft hyphen; a zero-width joiner or non-joiner between Latin, Greek or Cyrillic letters, which never need
/// one), so "Zelen\u200Bsky" is Zelensky. Bodies are read this way and people's names are matched this way.
/// </summary>
internal static class ComparableText
{
    private static readonly SearchValues<char> Invisible = SearchValues.Create("\u200B\u2060\uFEFF\u00AD\u200C\u200D");

    public static string Of(string text)
    {
        if (text.AsSpan().IndexOfAny(Invisible) < 0)
        {
            return CanonicalComposition.MayCompose(text) ? CanonicalComposition.Compose(text) : text;
        }

        var kept = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            var dropped = c switch
            {
                '\u200B' or '\u2060' or '\uFEFF' or '\u00AD' => true,
                '\u200C' or '\u200D' => i > 0 && i + 1 < text.Length && IsAlphabetLetter(text[i - 1]) && IsAlphabetLetter(text[i + 1]),
                _ => false,
            };
            if (!dropped)
            {
                kept.Append(c);
            }
        }

        var result = kept.ToString();
        return CanonicalComposition.MayCompose(result) ? CanonicalComposition.Compose(result) : result;
    }

    /// <summary>A letter of the Latin, Greek or Cyrillic alphabets: below U+0530, where the Armenian block starts.</summary>
    private static bool IsAlphabetLetter(char c) => c < '\u0530' && char.IsLetter(c);
}
