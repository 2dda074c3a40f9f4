using SiteGen.Content;
using SiteGen.Diagnostics;

namespace SiteGen.CrossReference;

/// <summary>What the cross-references tell a writer to look at: people's spellings, and names no person file knows.</summary>
internal static class CrossReferenceWarnings
{
    /// <summary>
    /// The warnings of the people's spellings (<see cref="PeopleNameRules"/>), then one per unknown name and article, at
    /// the first sentence that uses it.
    /// </summary>
    public static List<SiteDiagnostic> Of(ContentSet content, CrossReferenceIndex index) =>
        PeopleNameRules.Warnings(content, (person, spelling) => index.MentionsOf(person).Where(m => m.Text == spelling).Select(m => m.Sentence).Distinct().Count())
        .Concat(index.UnknownNames
            .GroupBy(u => (u.Name, u.Sentence.Article.Slug))
            .Select(g => g.First())
            .Select(u => new SiteDiagnostic(
                Path.Combine(content.ContentRoot, u.Sentence.Article.File.RelativePath),
                u.Sentence.Line,
                1,
                SiteErrorIds.UnknownPerson,
                $"'{u.Name}' looks like a person's name but is in no file of people/; add people/{FrontMatter.Slug.Suggest(u.Name)}.md (with every spelling as an alias) so the name gets a page",
                IsWarning: true)))
            .ToList();
}
