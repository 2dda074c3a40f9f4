using Markdig.Renderers.Html;
using Markdig.Syntax.Inlines;
using SiteGen.Content;
using SiteGen.CrossReference;

namespace SiteGen.Markdown;

/// <summary>Turns every name found in a sentence into a link to the person's page and reports it as a mention.</summary>
public sealed class PersonLinker(NameMatcher matcher, Func<Person, string> personUrl)
{
    public List<PersonMention> Link(IReadOnlyList<SentenceInline> sentences, Article article)
    {
        var mentions = new List<PersonMention>();
        foreach (var sentence in sentences)
        {
            var literals = sentence.FindDescendants<LiteralInline>()
                .Where(l => l.FirstParentOfType<LinkInline>() == null)
                .ToList();
            foreach (var literal in literals)
            {
                var text = literal.Content.ToString();
                var matches = matcher.Find(text);
                if (matches.Count == 0)
                {
                    continue;
                }

                Inline previous = literal;
                var position = 0;
                foreach (var match in matches)
                {
                    previous = InsertAfter(previous, new LiteralInline(text[position..match.Start]));
                    var link = new LinkInline(personUrl(match.Person), string.Empty);
                    link.GetAttributes().AddClass("person");
                    link.AppendChild(new LiteralInline(text[match.Start..match.End]));
                    previous = InsertAfter(previous, link);
                    position = match.End;
                    mentions.Add(new PersonMention(match.Person, article, sentence.Anchor, text[match.Start..match.End], sentence.Text));
                }

                InsertAfter(previous, new LiteralInline(text[position..]));
                literal.Remove();
            }
        }

        return mentions;
    }

    private static Inline InsertAfter(Inline anchor, Inline inline)
    {
        if (inline is LiteralInline { Content.Length: 0 })
        {
            return anchor;
        }

        anchor.InsertAfter(inline);
        return inline;
    }
}
