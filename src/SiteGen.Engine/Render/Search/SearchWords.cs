using SiteGen.Content;

namespace SiteGen.Render.Search;

/// <summary>
/// The words of a text as the search looks them up, and the file each word's postings go to. <c>assets/search.js</c>
/// reads a query the same way (<c>words</c> and <c>bucket</c> there): lower case, composed, the digits of "1,000"
/// together, split at everything but letters and numbers. A word with accents is also filed without them
/// ("josé" and "jose"), so a query typed either way finds it.
/// </summary>
internal sealed class SearchWords
{
    /// <summary>Called with each word of a text; the span is valid only during the call.</summary>
    public delegate void WordHandler(ReadOnlySpan<char> word);

    // One buffer per reader, reused from word to word: an archive's index reads tens of millions of words.
    private char[] _word = new char[64];

    /// <summary>The words of <paramref name="text"/>, in order (a word as often as it occurs), each as written and, if different, without accents.</summary>
    public void Read(string text, WordHandler handle)
    {
        var comparable = ComparableText.Of(text);
        var length = 0;
        for (var i = 0; i <= comparable.Length; i++)
        {
            var c = i < comparable.Length ? comparable[i] : ' ';
            if (char.IsLetter(c) || char.IsNumber(c))
            {
                if (length == _word.Length)
                {
                    Array.Resize(ref _word, _word.Length * 2);
                }

                _word[length++] = char.ToLowerInvariant(c);
            }
            else if (IsDigitGroupSeparator(comparable, i))
            {
                continue;
            }
            else if (length > 0)
            {
                var word = _word.AsSpan(0, length);
                handle(word);
                if (word.ContainsAnyExceptInRange('\0', '\u007f'))
                {
                    var written = word.ToString();
                    var folded = FrontMatter.Slug.Fold(written);
                    if (!string.Equals(folded, written, StringComparison.Ordinal))
                    {
                        handle(folded);
                    }
                }

                length = 0;
            }
        }
    }

    /// <summary>The distinct words of <paramref name="text"/>, as <see cref="Read"/> gives them.</summary>
    public static HashSet<string> Of(string text)
    {
        var words = new HashSet<string>(StringComparer.Ordinal);
        new SearchWords().Read(text, word => words.Add(word.ToString()));
        return words;
    }

    /// <summary>The file of word postings a word is in: its first two characters (the whole of a one-character word), hashed.</summary>
    /// <param name="buckets">How many files there are, a power of two.</param>
    public static int Bucket(ReadOnlySpan<char> word, int buckets)
    {
        // FNV-1a over the UTF-16 code units, as search.js computes it with Math.imul.
        var hash = 2166136261u;
        for (var i = 0; i < Math.Min(2, word.Length); i++)
        {
            hash ^= word[i];
            hash = unchecked(hash * 16777619u);
        }

        return (int)(hash & (uint)(buckets - 1));
    }

    /// <summary>A comma or narrow space between a digit and three more that end the number: "1,000" is the word "1000".</summary>
    private static bool IsDigitGroupSeparator(string text, int i)
    {
        if (i == 0 || i + 3 >= text.Length || text[i] is not (',' or '\u00a0' or '\u202f') || !char.IsAsciiDigit(text[i - 1]))
        {
            return false;
        }

        for (var j = 1; j <= 3; j++)
        {
            if (!char.IsAsciiDigit(text[i + j]))
            {
                return false;
            }
        }

        return i + 4 >= text.Length || !(char.IsAsciiLetterOrDigit(text[i + 4]) || text[i + 4] == '_');
    }
}
