using Markdig.Helpers;
using Markdig.Syntax.Inlines;
using SiteGen.Content;
using SiteGen.Extract;

namespace SiteGen.Markdown;

/// <summary>
/// Analyses every sentence of an article and turns each name, date and figure found into a link to its page.
/// A match that crosses inline formatting is still recorded as a mention but left unlinked.
/// </summary>
internal sealed class SentenceLinker(SentenceAnalyzer analyzer, EntityUrls urls)
{
    public ArticleFacts Link(IReadOnlyList<SentenceInline> sentences, Article article, int bodyStartLine)
    {
        var refs = new List<SentenceRef>(sentences.Count);
        var people = new List<PersonMention>();
        var dates = new List<DateMention>();
        var figures = new List<FigureMention>();
        var quotes = new List<QuoteMention>();
        var unknown = new List<UnknownName>();
        // Lists emptied per sentence rather than made for each: an article has dozens of sentences.
        var links = new List<EntityLink>(32);
        var leaves = new List<Inline>(32);
        var inside = new List<EntityLink>(8);
        DateOnly? previousDay = null;
        var named = new HashSet<Person>(ReferenceEqualityComparer.Instance);
        var root = urls.RootOf(article);
        foreach (var sentence in sentences)
        {
            var text = InlineText.OfSentence(sentence);
            var facts = analyzer.Analyze(text, article, previousDay, named);
            var where = new SentenceRef(article, sentence.Anchor, text, bodyStartLine + sentence.Line, refs.Count);
            refs.Add(where);
            links.Clear();
            foreach (var match in facts.People)
            {
                people.Add(new PersonMention(match.Person, where, match.Start, match.End - match.Start));
                links.Add(new EntityLink(match.Start, match.End, urls.Person(match.Person, root), "person"));
            }

            foreach (var match in facts.Dates)
            {
                if (match.Value.Precision == DatePrecision.Day)
                {
                    previousDay = new DateOnly(match.Value.Year, match.Value.Month, match.Value.Day);
                }

                dates.Add(new DateMention(match.Value, where, match.Start, match.End - match.Start));
                links.Add(new EntityLink(match.Start, match.End, urls.Date(match.Value, root), "date"));
            }

            foreach (var match in facts.Figures)
            {
                figures.Add(new FigureMention(match, where, match.Start, match.End - match.Start));
                links.Add(new EntityLink(match.Start, match.End, urls.Figure(match, root), "figure", match.Key));
            }

            foreach (var quote in facts.Quotes)
            {
                quotes.Add(new QuoteMention(quote.Speaker, where, quote.Quote));
            }

            foreach (var name in facts.UnknownNames)
            {
                unknown.Add(new UnknownName(name, where));
            }

            Apply(sentence, links, leaves, inside);
        }

        return new ArticleFacts(refs, people, dates, figures, quotes, unknown);
    }

    /// <summary>Gives each literal of the sentence the links that fall wholly inside it (<see cref="LinkedTextInline"/>).</summary>
    private static void Apply(SentenceInline sentence, List<EntityLink> links, List<Inline> leaves, List<EntityLink> inside)
    {
        if (links.Count == 0)
        {
            return;
        }

        links.Sort((a, b) => a.Start.CompareTo(b.Start));
        var offset = 0;
        // All leaves first: literals are replaced in the tree while their sentence is being walked.
        leaves.Clear();
        AddLeaves(sentence, leaves);
        foreach (var inline in leaves)
        {
            var length = InlineText.LengthOf(inline);
            if (inline is LiteralInline literal && literal.FirstParentOfType<LinkInline>() == null)
            {
                inside.Clear();
                foreach (var link in links)
                {
                    if (link.Start >= offset && link.End <= offset + length)
                    {
                        inside.Add(link);
                    }
                }

                if (inside.Count > 0)
                {
                    ReplaceWithLinkedText(literal, offset, inside);
                }
            }

            offset += length;
        }
    }

    /// <summary>Adds the leaves of the sentence in text order; links and code count as one leaf each.</summary>
    private static void AddLeaves(ContainerInline container, List<Inline> leaves)
    {
        for (var child = container.FirstChild; child != null; child = child.NextSibling)
        {
            if (child is ContainerInline nested and not LinkInline)
            {
                AddLeaves(nested, leaves);
            }
            else
            {
                leaves.Add(child);
            }
        }
    }

    /// <summary>Replaces the literal by one inline holding its text and the links inside it.</summary>
    private static void ReplaceWithLinkedText(LiteralInline literal, int offset, List<EntityLink> links)
    {
        var inside = new EntityLink[links.Count];
        var count = 0;
        var position = 0;
        foreach (var link in links)
        {
            var start = link.Start - offset;
            if (start < position)
            {
                continue;
            }

            position = link.End - offset;
            inside[count++] = link with { Start = start, End = position };
        }

        Array.Resize(ref inside, count);
        literal.ReplaceBy(new LinkedTextInline(literal.Content, inside));
    }
}
