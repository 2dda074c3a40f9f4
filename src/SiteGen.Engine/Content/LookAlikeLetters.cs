using System.Globalization;
using System.Text;

namespace SiteGen.Content;

/// <summary>
/// Letters of other alphabets that look like Latin ones (Cyrillic "е", Greek "Ο"): a name's skeleton has each replaced
/// by its Latin twin, so two spellings with one skeleton look the same to a reader.
/// </summary>
internal static class LookAlikeLetters
{
    private static readonly Dictionary<char, char> Twins = new()
    {
        ['а'] = 'a', ['е'] = 'e', ['о'] = 'o', ['р'] = 'p', ['с'] = 'c', ['у'] = 'y', ['х'] = 'x', ['і'] = 'i', ['ј'] = 'j',
        ['ѕ'] = 's', ['ԁ'] = 'd', ['һ'] = 'h', ['ӏ'] = 'l', ['А'] = 'A', ['В'] = 'B', ['Е'] = 'E', ['К'] = 'K', ['М'] = 'M',
        ['Н'] = 'H', ['О'] = 'O', ['Р'] = 'P', ['С'] = 'C', ['Т'] = 'T', ['Х'] = 'X', ['І'] = 'I', ['Ј'] = 'J', ['Ѕ'] = 'S',
        ['Α'] = 'A', ['Β'] = 'B', ['Ε'] = 'E', ['Ζ'] = 'Z', ['Η'] = 'H', ['Ι'] = 'I', ['Κ'] = 'K', ['Μ'] = 'M', ['Ν'] = 'N',
        ['Ο'] = 'O', ['Ρ'] = 'P', ['Τ'] = 'T', ['Υ'] = 'Y', ['Χ'] = 'X', ['ο'] = 'o', ['ν'] = 'v', ['α'] = 'a',
    };

    /// <summary>Whether <paramref name="text"/> has a letter that looks like a Latin one but is not.</summary>
    public static bool HasTwins(string text) => text.Any(Twins.ContainsKey);

    public static string Skeleton(string text)
    {
        var skeleton = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            skeleton.Append(Twins.GetValueOrDefault(c, c));
        }

        return skeleton.ToString();
    }

    /// <summary>The first letter where two look-alike spellings differ: "Cyrillic 'е' (U+0435) where the other has 'e' (U+0065)".</summary>
    public static string Describe(string spelling, string other)
    {
        for (var i = 0; i < Math.Min(spelling.Length, other.Length); i++)
        {
            if (spelling[i] != other[i])
            {
                return $"'{spelling[i]}' (U+{(int)spelling[i]:X4}, {ScriptOf(spelling[i])}) where the other has '{other[i]}' (U+{(int)other[i]:X4}, {ScriptOf(other[i])})";
            }
        }

        return "letters that differ";
    }

    private static string ScriptOf(char c) => c switch
    {
        >= '\u0400' and <= '\u04FF' => "Cyrillic",
        >= '\u0370' and <= '\u03FF' => "Greek",
        _ when c < '\u0250' => "Latin",
        _ => CharUnicodeInfo.GetUnicodeCategory(c).ToString(),
    };
}
