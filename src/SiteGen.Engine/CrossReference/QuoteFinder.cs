using System.Text.RegularExpressions;

namespace SiteGen.CrossReference;

/// <summary>
/// Finds what a person is quoted as saying: quoted passages in a sentence whose speaker, outside the quotes, is a
/// known person next to a verb of speech ("…,” Zelensky wrote", "Lavrov said that “…”").
/// </summary>
public static partial class QuoteFinder
{
    [GeneratedRegex("(?:\"(?<q>[^\"]{12,})\"|“(?<q>[^”]{12,})”)", RegexOptions.CultureInvariant)]
    private static partial Regex Quoted();

    [GeneratedRegex(@"\b(?:said|says|wrote|writes|added|told|stated|announced|explained|called|described|urged|posted|tweeted)\b", RegexOptions.CultureInvariant)]
    private static partial Regex SpeechVerb();

    [GeneratedRegex("\"[^\"]*\"|“[^”]*”", RegexOptions.CultureInvariant)]
    private static partial Regex AnyQuotation();

    /// <summary>The sentence with every quotation blanked out, so what is left is the reporter's own words.</summary>
    private static string Outside(string sentence)
    {
        var outside = sentence.ToCharArray();
        for (var m = AnyQuotation().Match(sentence); m.Success; m = m.NextMatch())
        {
            outside.AsSpan(m.Index, m.Length).Fill(' ');
        }

        return new string(outside);
    }

    public static IReadOnlyList<QuoteMatch> Find(string sentence, IReadOnlyList<NameMatch> people)
    {
        if (people.Count == 0 || sentence.AsSpan().IndexOfAny('"', '“') < 0)
        {
            return [];
        }

        var quotes = Quoted().Matches(sentence);
        if (quotes.Count == 0)
        {
            return [];
        }

        var outside = Outside(sentence);
        if (!SpeechVerb().IsMatch(outside))
        {
            return [];
        }

        var speaker = people.FirstOrDefault(p => !outside.AsSpan(p.Start, p.End - p.Start).IsWhiteSpace());
        if (speaker == null)
        {
            return [];
        }

        // A quoted name or term ("1000-for-1000", "memorandum") is not something said: keep passages of three words or more.
        return quotes
            .Select(q => q.Groups["q"].Value.Trim().TrimEnd(',').Trim())
            .Where(q => q.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length >= 3)
            .Select(q => new QuoteMatch(speaker.Person, q))
            .ToList();
    }
}
