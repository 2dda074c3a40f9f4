using SiteGen.Content;
using SiteGen.CrossReference;
using SiteGen.Extract;
using SiteGen.Html;
using SiteGen.Model.Views;

namespace SiteGen.Model.Pages;

/// <summary>
/// A person: every sentence that mentions them and what they are quoted as saying, 100 sentences to a page; the
/// biography, the people and dates mentioned with them and their timeline on the first page.
/// </summary>
internal sealed class PersonPages(PageContext site) : IPageFamily
{
    /// <summary>At most this many wordings of one statement are shown; each is also among the person's mentions.</summary>
    private const int WordingsShown = 10;

    /// <summary>At most this many people are listed as mentioned with a person, those most often with them.</summary>
    private const int MentionedWithShown = 30;

    /// <summary>At most this many dates are listed on a person's page, those mentioned most often with them, in date order.</summary>
    private const int DatesShown = 60;

    /// <summary>A person's mentions in page order and what they are quoted as saying, worked out once for all their pages.</summary>
    private sealed record PersonMentions(MentionPages Mentions, IReadOnlyList<Statement> Statements);

    public void AddTo(List<PlannedPage> plans)
    {
        foreach (var person in site.Content.People.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            var pages = Paging.PageCount(site.Index.SentencesMentioning(person), Paging.SentencesPerPage);
            var all = new Lazy<PersonMentions>(() => new(
                new MentionPages(site.Index.MentionsOf(person), pages, site.Content.OutletName),
                SameStatement.Group(site.Index.QuotesOf(person).ToList())));
            ListPages.Add(plans, SitePaths.FolderOf(site.Paths.Person(person)), pages, number => Page(person, number, all.Value));
        }
    }

    private Page Page(Person person, int number, PersonMentions all)
    {
        var at = site.Lists.PageOf(site.Paths.Person(person), number, all.Mentions.Count);
        var root = at.Root;
        var (from, length) = Paging.Range(all.Statements.Count, all.Mentions.Count, number);
        var first = number == 1;
        var datedSentences = first ? DatedSentences(person) : [];
        var view = new PersonView
        {
            Name = person.Name,
            Role = person.Role,
            Affiliation = person.Affiliation,
            Aliases = person.Aliases,
            BioHtml = first ? site.Bodies.Others[person] : Utf8Html.Of(string.Empty),
            Mentions = Wording.Counted(site.Index.SentencesMentioning(person), "mention"),
            Outlets = site.Mentions.ByOutlet(all.Mentions.Page(number), root),
            Statements = all.Statements.Skip(from).Take(length).Select(s => Statement(s, root)).ToList(),
            MentionedWith = first ? MentionedWith(person, root) : [],
            Dates = datedSentences
                .GroupBy(d => d.Date)
                .OrderByDescending(g => g.Count())
                .ThenBy(g => g.Key)
                .Take(DatesShown)
                .Select(g => g.Key)
                .Order()
                .Select(d => site.Links.Date(d, root))
                .ToList(),
            TimelineChart = datedSentences.Count > 0
                ? site.Charts.TimelineChart("person-timeline", "Sentences that mention " + person.Name + " and a date, by outlet", datedSentences, "the list below gives the dates mentioned most.")
                : null,
            Summary = site.Mentions.Summary(all.Mentions, at),
            Pager = at.Pager,
        };
        return site.Lists.Listed(PageKinds.Person, at, person.Name, view, (site.Paths.People, "People"));
    }

    private StatementView Statement(Statement statement, string root) => new(
        statement.Wordings.Take(WordingsShown).Select(w => new QuoteView(
            root + site.Paths.Article(w.Quote.Sentence.Article) + "#" + w.Quote.Sentence.Anchor,
            w.Quote.Quote,
            MarkedText.Of(w.Quote.Quote, w.Differs),
            w.Quote.Sentence.Article.Title,
            site.Content.SourceName(w.Quote.Sentence.Article))).ToList(),
        Wording.Counted(statement.Wordings.Count, "report"),
        statement.Wordings.Any(w => w.Differs.Count > 0),
        statement.Wordings.Count > WordingsShown ? $"The other {statement.Wordings.Count - WordingsShown:N0} are among the mentions." : string.Empty);

    private List<PersonLink> MentionedWith(Person person, string root) => site.Index.SharedSentences(person)
        .OrderByDescending(other => other.Value)
        .ThenBy(other => site.People[other.Key].Name, StringComparer.Ordinal)
        .Take(MentionedWithShown)
        .Select(other => site.Links.Person(site.People[other.Key], root))
        .ToList();

    /// <summary>Each date mentioned in a sentence that mentions the person, with the sentence, once per date and sentence.</summary>
    private List<(DateValue Date, SentenceRef Sentence)> DatedSentences(Person person)
    {
        var datedSentences = new List<(DateValue Date, SentenceRef Sentence)>();
        foreach (var sentence in MentionGroups.DistinctSentences(site.Index.MentionsOf(person)))
        {
            foreach (var date in site.Index.DatesOf(sentence))
            {
                datedSentences.Add((date, sentence));
            }
        }

        return datedSentences;
    }
}
