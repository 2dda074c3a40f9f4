using System.Buffers;
using System.Text.RegularExpressions;

namespace SiteGen.CrossReference;

/// <summary>
/// Finds names that look like people's but are not in the people collection: two or more capitalised words after a
/// title ("Mayor Vitali Klitschko") or before "said". They become build warnings suggesting a person file.
/// </summary>
public static partial class UnknownNameFinder
{
    private const string Name = @"(?<name>\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){1,3})";

    private static readonly HashSet<string> NotPeople = new(StringComparer.Ordinal)
    {
        "Ministry", "Office", "Staff", "Service", "Administration", "Headquarters", "Forces", "Army", "Council", "Government",
        "Department", "Agency", "Kremlin", "Times", "Independent", "Post", "Press", "Guard", "District", "Oblast", "Region",
        "Union", "Nations", "House", "Court", "Committee", "Television", "News", "Defense", "Defence", "Foreign", "Affairs",
        "General", "Military", "Presidential", "Coordination", "Ukraine", "Russia", "Ukrainian", "Russian", "The",
    };

    [GeneratedRegex($@"\b(?:President|Minister|Mayor|[Ss]pokesperson|[Ss]pokesman|[Ss]pokeswoman|Ombudsman|Governor|Chancellor|Secretary|Senator|Ambassador|Commissioner|Serviceman|Prosecutor|Commander|Premier|Prime Minister|Envoy)\s+{Name}", RegexOptions.CultureInvariant)]
    private static partial Regex AfterTitle();

    [GeneratedRegex($@"{Name}\s+(?:said|says|told|wrote|added)\b", RegexOptions.CultureInvariant)]
    private static partial Regex BeforeSaid();

    public static IReadOnlyList<string> Find(string sentence, IReadOnlyList<NameMatch> known)
    {
        var names = new List<string>();
        // Each pattern needs a title or a verb of speech: a sentence without one is not searched for it.
        if (sentence.AsSpan().IndexOfAny(Titles) >= 0)
        {
            for (var match = AfterTitle().Match(sentence); match.Success; match = match.NextMatch())
            {
                Consider(match.Groups["name"], known, names);
            }
        }

        if (sentence.AsSpan().IndexOfAny(SpeechVerbs) >= 0)
        {
            for (var match = BeforeSaid().Match(sentence); match.Success; match = match.NextMatch())
            {
                Consider(match.Groups["name"], known, names);
            }
        }

        return names;
    }

    private static void Consider(Group group, IReadOnlyList<NameMatch> known, List<string> names)
    {
        var name = group.Value;
        if (known.Any(k => k.Start < group.Index + group.Length && group.Index < k.End)
            || name.Split(' ', StringSplitOptions.RemoveEmptyEntries).Any(word => NotPeople.Contains(word.TrimEnd('’', '\'', 's')) || NotPeople.Contains(word))
            || names.Contains(name))
        {
            return;
        }

        names.Add(name);
    }

    private static readonly SearchValues<string> Titles = SearchValues.Create(
        ["President", "Minister", "Mayor", "pokesperson", "pokesman", "pokeswoman", "Ombudsman", "Governor", "Chancellor", "Secretary", "Senator", "Ambassador", "Commissioner", "Serviceman", "Prosecutor", "Commander", "Premier", "Envoy"],
        StringComparison.Ordinal);

    private static readonly SearchValues<string> SpeechVerbs = SearchValues.Create(["said", "says", "told", "wrote", "added"], StringComparison.Ordinal);
}
