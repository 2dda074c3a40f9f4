using System.Text.RegularExpressions;

namespace SiteGen.CrossReference;

/// <summary>Whom a sentence attributes its facts to: a named person, or an institution before "said" or after "according to".</summary>
internal static partial class Attribution
{
    [GeneratedRegex(@"\baccording to (?<who>[^,.;]+)", RegexOptions.CultureInvariant)]
    private static partial Regex AccordingTo();

    [GeneratedRegex(@"(?<who>(?:(?:the|Ukraine['’]s|Russia['’]s|Kyiv['’]s|Ukrainian|Russian)\s+)?(?:\p{Lu}[\p{L}'’-]*\s+){0,4}(?:Ministry|Office|Headquarters|General|Staff|Administration|officials|prosecutors|Service|authorities|AP|BBC|Reuters))\s+(?:said|added|reported|confirmed|called|accused|recorded|estimated)", RegexOptions.CultureInvariant)]
    private static partial Regex InstitutionSaid();

    /// <param name="firstPerson">The first person the sentence names, if any: a named person is the best attribution.</param>
    public static string Of(string sentence, Content.Person? firstPerson)
    {
        if (firstPerson != null)
        {
            return firstPerson.Name;
        }

        var institution = InstitutionSaid().Match(sentence);
        if (institution.Success)
        {
            return institution.Groups["who"].Value.Trim();
        }

        var according = AccordingTo().Match(sentence);
        return according.Success ? according.Groups["who"].Value.Trim() : string.Empty;
    }
}
