using SiteGen.Content;
using SiteGen.Markdown;

namespace SiteGen.CrossReference;

/// <summary>Every article's rendered body and every mention in the report, looked up by person, date, figure or quantity.</summary>
public sealed class CrossReferenceIndex
{
    private readonly IReadOnlyDictionary<Article, RenderedBody> _bodies;
    private readonly ILookup<string, PersonMention> _byPerson;
    private readonly ILookup<string, QuoteMention> _quotesByPerson;

    public CrossReferenceIndex(IReadOnlyDictionary<Article, RenderedBody> bodies, IReadOnlyList<Quantity> quantities)
    {
        _bodies = bodies;
        var facts = bodies.Values.Select(b => b.Facts).ToList();
        _byPerson = facts.SelectMany(f => f.People).ToLookup(m => m.Person.Key, StringComparer.Ordinal);
        _quotesByPerson = facts.SelectMany(f => f.Quotes).ToLookup(q => q.Person.Key, StringComparer.Ordinal);
        Dates = facts.SelectMany(f => f.Dates).ToLookup(m => m.Date);
        Figures = facts.SelectMany(f => f.Figures).ToLookup(m => m.Figure.Key, StringComparer.Ordinal);
        DatesInOrder = Dates.Select(g => g.Key).Order().ToList();
        FiguresInOrder = Figures.OrderBy(g => g.First().Figure.Value).ThenBy(g => g.Key, StringComparer.Ordinal).ToList();
        UnknownNames = facts.SelectMany(f => f.UnknownNames).ToList();
        QuantityReports = new QuantityReportFinder(quantities).Find(facts.SelectMany(f => f.Figures), facts.SelectMany(f => f.Dates), facts.SelectMany(f => f.People));
    }

    public ILookup<DateValue, DateMention> Dates { get; }

    public ILookup<string, FigureMention> Figures { get; }

    /// <summary>Every date mentioned, earliest first: the order of the timeline, the date pages and the exports.</summary>
    public IReadOnlyList<DateValue> DatesInOrder { get; }

    /// <summary>Every figure with its mentions, smallest first: the order of the figure pages, lists and exports.</summary>
    public IReadOnlyList<IGrouping<string, FigureMention>> FiguresInOrder { get; }

    public IReadOnlyList<UnknownName> UnknownNames { get; }

    public IReadOnlyList<QuantityReport> QuantityReports { get; }

    public RenderedBody BodyOf(Article article) => _bodies[article];

    public IEnumerable<PersonMention> MentionsOf(Person person) => _byPerson[person.Key];

    public IEnumerable<QuoteMention> QuotesOf(Person person) => _quotesByPerson[person.Key];
}
