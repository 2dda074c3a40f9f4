using SiteGen.Content;
using SiteGen.Markdown;

namespace SiteGen.CrossReference;

/// <summary>Every article's rendered body and every mention of every person, in article order.</summary>
public sealed class CrossReferenceIndex(IReadOnlyDictionary<Article, RenderedBody> bodies)
{
    private readonly ILookup<string, PersonMention> _byPerson = bodies.Values
        .SelectMany(b => b.Mentions)
        .ToLookup(m => m.Person.Key, StringComparer.Ordinal);

    public RenderedBody BodyOf(Article article) => bodies[article];

    public IEnumerable<PersonMention> MentionsOf(Person person) => _byPerson[person.Key];
}
