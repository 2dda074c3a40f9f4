using SiteGen.Content;
using SiteGen.Extract;

namespace SiteGen.CrossReference;

/// <summary>
/// Every mention in the report, looked up by article, person, date, figure or quantity.
/// Made by adding up each article's <see cref="ArticleIndex"/>; what only some pages need (who is mentioned with
/// whom, the reports of tracked quantities) is worked out the first time it is asked for.
/// </summary>
internal sealed class CrossReferenceIndex
{
    private readonly IReadOnlyDictionary<Article, ArticleIndex> _articles;
    private readonly MentionTally<string, PersonMention> _people = new(StringComparer.Ordinal);
    private readonly MentionTally<string, QuoteMention> _quotes = new(StringComparer.Ordinal);
    private readonly MentionTally<DateValue, DateMention> _dates = new();
    private readonly MentionTally<string, FigureMention> _figures = new(StringComparer.Ordinal);
    private readonly Lazy<MentionedTogether> _mentionedTogether;
    private readonly Lazy<IReadOnlyList<QuantityReport>> _quantityReports;
    private readonly Lazy<IReadOnlyList<QuantityComparison>> _comparisons;
    private readonly Lazy<(IReadOnlyList<string> InOrder, HashSet<string> Keys)> _figurePages;

    /// <param name="articles">Every article's mentions, in the order of the articles.</param>
    public CrossReferenceIndex(IReadOnlyDictionary<Article, ArticleIndex> articles, IReadOnlyList<Quantity> quantities)
    {
        _articles = articles;
        var unknownNames = new List<UnknownName>();
        // The tallies are independent of each other: added up on all cores (the preview does this on every edit).
        Parallel.Invoke(
            () => AddUp(articles.Values, _people, article => article.People),
            () => AddUp(articles.Values, _quotes, article => article.Quotes),
            () => AddUp(articles.Values, _dates, article => article.Dates),
            () => AddUp(articles.Values, _figures, article => article.Figures),
            () =>
            {
                foreach (var article in articles.Values)
                {
                    unknownNames.AddRange(article.Facts.UnknownNames);
                }
            });

        UnknownNames = unknownNames;
        DatesInOrder = _dates.Keys.Order().ToList();
        FiguresInOrder = _figures.Keys.OrderBy(key => FirstOfFigure(key).Value).ThenBy(key => key, StringComparer.Ordinal).ToList();
        _mentionedTogether = new(() =>
        {
            var together = new MentionedTogether();
            foreach (var article in articles.Values)
            {
                together.Add(article.MentionedTogether);
            }

            return together;
        });
        _quantityReports = new(() =>
        {
            var facts = articles.Values.Select(a => a.Facts).ToList();
            return new QuantityReportFinder(quantities).Find(facts.SelectMany(f => f.Figures), facts.SelectMany(f => f.Dates), facts.SelectMany(f => f.People));
        });
        // Only the home page, the diverging-reports page and the data export need these: made when first asked for.
        _comparisons = new(() => quantities
            .Select(q => QuantityComparison.Of(q, QuantityReports.Where(r => r.Quantity == q)))
            // Disagreements first, the worst first: that is what the page is for.
            .OrderByDescending(c => c.Verdict)
            .ThenBy(c => c.Quantity.Key, StringComparer.Ordinal)
            .ToList());
        _figurePages = new(() =>
        {
            var reported = QuantityReports.Select(r => r.Mention.Figure.Key).ToHashSet(StringComparer.Ordinal);
            var inOrder = FiguresInOrder.Where(key => _figures.ArticlesMentioning(key) >= 2 || reported.Contains(key)).ToList();
            return (inOrder, inOrder.ToHashSet(StringComparer.Ordinal));
        });
    }

    private static void AddUp<TKey, TMention>(IEnumerable<ArticleIndex> articles, MentionTally<TKey, TMention> tally, Func<ArticleIndex, IReadOnlyDictionary<TKey, MentionGroup<TMention>>> groupsOf)
        where TKey : notnull
    {
        foreach (var article in articles)
        {
            tally.Add(groupsOf(article));
        }
    }

    /// <summary>Every date mentioned, earliest first: the order of the timeline, the date pages and the exports.</summary>
    public IReadOnlyList<DateValue> DatesInOrder { get; }

    /// <summary>The key of every figure mentioned, smallest first: the order of the figure pages, lists and exports.</summary>
    public IReadOnlyList<string> FiguresInOrder { get; }

    /// <summary>
    /// The figures that get a page, smallest first: those reported in at least two articles or in a report of a
    /// tracked quantity. A number mentioned once is marked in its sentence but has no page: in an archive most
    /// numbers are, and a page for each would be most of the site.
    /// </summary>
    public IReadOnlyList<string> FigurePagesInOrder => _figurePages.Value.InOrder;

    public bool HasFigurePage(string key) => _figurePages.Value.Keys.Contains(key);

    public IReadOnlyList<UnknownName> UnknownNames { get; }

    public IReadOnlyList<QuantityReport> QuantityReports => _quantityReports.Value;

    /// <summary>Each tracked quantity's reports compared, those that disagree first, the worst first.</summary>
    public IReadOnlyList<QuantityComparison> Comparisons => _comparisons.Value;

    /// <summary>Every sentence of <paramref name="article"/> and what it mentions.</summary>
    public ArticleFacts FactsOf(Article article) => _articles[article].Facts;

    public IEnumerable<PersonMention> MentionsOf(Person person) => _people.MentionsOf(person.Key);

    public IEnumerable<QuoteMention> QuotesOf(Person person) => _quotes.MentionsOf(person.Key);

    public IEnumerable<DateMention> MentionsOf(DateValue date) => _dates.MentionsOf(date);

    public IEnumerable<FigureMention> MentionsOfFigure(string key) => _figures.MentionsOf(key);

    /// <summary>The figure as first reported: the value and range its page shows.</summary>
    public FigureMatch FirstOfFigure(string key) => _figures.First(key).Figure;

    /// <summary>What the figure counts, as the first mention that says so puts it ("Ukrainian prisoners"); null when none does.</summary>
    public string? CountedByFigure(string key) => MentionsOfFigure(key).Select(m => m.Figure.Counted).FirstOrDefault(c => c.Length > 0);

    /// <summary>Everything the figure is said to count, each once (ignoring case), in the order first said.</summary>
    public IReadOnlyList<string> CountsOfFigure(string key) =>
        MentionsOfFigure(key).Select(m => m.Figure.Counted).Where(c => c.Length > 0).Distinct(StringComparer.OrdinalIgnoreCase).ToList();

    public int SentencesMentioning(Person person) => _people.SentencesMentioning(person.Key);

    public int SentencesMentioning(DateValue date) => _dates.SentencesMentioning(date);

    public int SentencesMentioningFigure(string key) => _figures.SentencesMentioning(key);

    /// <summary>For each other person, how many sentences mention them together with <paramref name="person"/>.</summary>
    public IReadOnlyDictionary<string, int> SharedSentences(Person person) => _mentionedTogether.Value.With(person.Key);

    /// <summary>The dates <paramref name="sentence"/> mentions.</summary>
    public IEnumerable<DateValue> DatesOf(SentenceRef sentence) => _articles[sentence.Article].DatesOf(sentence);
}
