using SiteGen.Diagnostics;

namespace SiteGen.Content;

/// <summary>
/// What makes people's spellings steal each other's mentions: a spelling two person files claim (an error at the
/// second), an alias that is also a month, a weekday or an everyday word (a warning saying what it would capture), and
/// two spellings that look alike but are written with different letters (Cyrillic "е" for Latin "e").
/// </summary>
internal static class PeopleNameRules
{
    /// <summary>
    /// Spellings two person files claim: each an error at the later file's spelling (files in path order). Two files may
    /// share a spelling of <see cref="Person.AliasesAfterName"/>: it counts for the one the article has named.
    /// </summary>
    public static IReadOnlyList<SiteDiagnostic> Clashes(ContentSet content)
    {
        var errors = new List<SiteDiagnostic>();
        var owners = new Dictionary<string, (Person Person, string Key)>(StringComparer.Ordinal);
        foreach (var person in InFileOrder(content))
        {
            foreach (var (spelling, key) in PersonSpellings.Of(person))
            {
                var compared = ComparableText.Of(spelling);
                if (!owners.TryAdd(compared, (person, key)) && owners[compared] is var (owner, ownerKey) && !ReferenceEquals(owner, person)
                    && !(key == PersonSpellings.AliasesAfterNameKey && ownerKey == PersonSpellings.AliasesAfterNameKey))
                {
                    var spot = PersonSpellings.SpotOf(person, key, spelling, content.ContentRoot);
                    errors.Add(new SiteDiagnostic(PathOf(content, person), spot.Line, spot.Column, SiteErrorIds.SpellingClaimedTwice,
                        $"'{spelling}' ({key}) is already a spelling of {owner.Name} in {owner.File.RelativePath}; a spelling can lead to one person only: remove it from one of the two files, "
                        + $"or, for a surname both share, put it in {PersonSpellings.AliasesAfterNameKey} of both (it then counts for the one the article has named)"));
                }
            }
        }

        return errors;
    }

    /// <summary>Warnings about aliases that capture other words, and spellings of two people that look alike.</summary>
    /// <param name="sentencesUsing">How many sentences of the articles a person's spelling was found in.</param>
    public static IReadOnlyList<SiteDiagnostic> Warnings(ContentSet content, Func<Person, string, int> sentencesUsing)
    {
        var warnings = new List<SiteDiagnostic>();
        var skeletons = new Dictionary<string, (string Spelling, Person Person, string Key)>(StringComparer.Ordinal);
        foreach (var person in InFileOrder(content))
        {
            foreach (var (spelling, key) in PersonSpellings.Of(person))
            {
                if (key == PersonSpellings.AliasesKey && EverydayWords.KindOf(spelling) is { } kind)
                {
                    var spot = PersonSpellings.SpotOf(person, key, spelling, content.ContentRoot);
                    warnings.Add(new SiteDiagnostic(PathOf(content, person), spot.Line, spot.Column, SiteErrorIds.AliasCapturesWords,
                        $"the alias '{spelling}' is also {kind}: every '{spelling}' of the articles becomes a mention of {person.Name} "
                        + $"({Counted(sentencesUsing(person, spelling))} now); move it to {PersonSpellings.AliasesAfterNameKey}: [\"{spelling}\"], where it counts only in an article that has named {person.Name} already",
                        IsWarning: true));
                }

                var skeleton = LookAlikeLetters.Skeleton(ComparableText.Of(spelling));
                if (!skeletons.TryAdd(skeleton, (spelling, person, key)) && skeletons[skeleton] is var (other, owner, otherKey)
                    && !ReferenceEquals(owner, person) && ComparableText.Of(other) != ComparableText.Of(spelling))
                {
                    // Reported at the spelling written with the other alphabet's letters: that is the one to retype.
                    var (odd, oddPerson, oddKey, usual, usualPerson) = LookAlikeLetters.HasTwins(spelling) || !LookAlikeLetters.HasTwins(other)
                        ? (spelling, person, key, other, owner)
                        : (other, owner, otherKey, spelling, person);
                    var spot = PersonSpellings.SpotOf(oddPerson, oddKey, odd, content.ContentRoot);
                    warnings.Add(new SiteDiagnostic(PathOf(content, oddPerson), spot.Line, spot.Column, SiteErrorIds.LookAlikeSpelling,
                        $"'{odd}' looks the same as '{usual}' of {usualPerson.Name} ({usualPerson.File.RelativePath}) but is written with other letters ({LookAlikeLetters.Describe(odd, usual)}); "
                        + "retype it if it is meant to be the same name, or keep both if they are two people",
                        IsWarning: true));
                }
            }
        }

        return warnings;
    }

    private static IEnumerable<Person> InFileOrder(ContentSet content) => content.People.OrderBy(p => p.File.RelativePath, StringComparer.Ordinal);

    private static string PathOf(ContentSet content, Person person) => Path.Combine(content.ContentRoot, person.File.RelativePath);

    private static string Counted(int sentences) => sentences == 1 ? "1 sentence" : sentences + " sentences";
}
