using System.Buffers;
using System.Text.RegularExpressions;

namespace SiteGen.Extract;

/// <summary>
/// Finds what a person is quoted as saying: quoted passages in a sentence whose speaker, outside the quotes, is a
/// known person next to a verb of speech ("…,” Zelensky wrote", "Lavrov said that “…”").
/// </summary>
internal static partial class QuoteFinder
{
    [GeneratedRegex("(?:\"(?<q>[^\"]{12,})\"|“(?<q>[^”]{12,})”)", RegexOptions.CultureInvariant)]
    private static partial Regex Quoted();

    [GeneratedRegex(@"\b(?:said|says|wrote|writes|added|told|stated|announced|explained|called|described|urged|posted|tweeted)\b", RegexOptions.CultureInvariant)]
    private static partial Regex SpeechVerb();

    [GeneratedRegex("\"[^\"]*\"|“[^”]*”", RegexOptions.CultureInvariant)]
    private static partial Regex AnyQuotation();

    /// <summary>
    /// Fills <paramref name="outside"/> with the sentence with every quotation blanked out, so what is left is the
    /// reporter's own words.
    /// </summary>
    private static void Outside(string sentence, Span<char> outside)
    {
        sentence.CopyTo(outside);
        foreach (var m in AnyQuotation().EnumerateMatches(sentence))
        {
            outside.Slice(m.Index, m.Length).Fill(' ');
        }
    }

    public static IReadOnlyList<QuoteMatch> Find(string sentence, IReadOnlyList<NameMatch> people)
    {
        if (people.Count == 0 || sentence.AsSpan().IndexOfAny('"', '“') < 0)
        {
            return [];
        }

        // The first quoted passage, which the passages are later read on from: the pattern is searched once.
        var first = Quoted().Match(sentence);
        if (!first.Success)
        {
            return [];
        }

        // The reporter's words are looked at in a pooled buffer: many sentences of an archive quote someone.
        var buffer = ArrayPool<char>.Shared.Rent(sentence.Length);
        NameMatch? speaker = null;
        try
        {
            var outside = buffer.AsSpan(0, sentence.Length);
            Outside(sentence, outside);
            if (!SpeechVerb().IsMatch(outside))
            {
                return [];
            }

            foreach (var person in people)
            {
                if (!outside.Slice(person.Start, person.End - person.Start).IsWhiteSpace())
                {
                    speaker = person;
                    break;
                }
            }
        }
        finally
        {
            ArrayPool<char>.Shared.Return(buffer);
        }

        if (speaker == null)
        {
            return [];
        }

        // A quoted name or term ("1000-for-1000", "memorandum") is not something said: keep passages of three words or more.
        var quotes = new List<QuoteMatch>();
        for (var m = first; m.Success; m = m.NextMatch())
        {
            var quote = m.Groups["q"].ValueSpan.Trim().TrimEnd(',').Trim();
            if (WordCount(quote) >= 3)
            {
                quotes.Add(new QuoteMatch(speaker.Person, quote.ToString()));
            }
        }

        return quotes;
    }

    /// <summary>How many words, separated by spaces, the text has.</summary>
    private static int WordCount(ReadOnlySpan<char> text)
    {
        var words = 0;
        foreach (var range in text.Split(' '))
        {
            if (!text[range].IsEmpty)
            {
                words++;
            }
        }

        return words;
    }
}
