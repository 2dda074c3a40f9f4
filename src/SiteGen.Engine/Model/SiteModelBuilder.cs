using SiteGen.Content;
using SiteGen.CrossReference;
using SiteGen.Markdown;
using SiteGen.Model.Views;

namespace SiteGen.Model;

/// <summary>Turns content and its cross-references into the list of pages, each with the view its template binds to.</summary>
public sealed class SiteModelBuilder
{
    private readonly ContentSet _content;
    private readonly CrossReferenceIndex _index;
    private readonly IReadOnlyDictionary<ContentRecord, string> _bodies;
    private readonly SiteOptions _options;
    private readonly SitePaths _paths;
    private readonly Dictionary<string, Person> _people;
    private readonly Dictionary<string, int> _articlesPerOutlet;
    private readonly IReadOnlyList<DateValue> _dates;
    private readonly Lazy<IReadOnlyList<QuantityComparison>> _comparisons;
    private readonly SiteCharts _charts;
    private readonly LinkCache<Article, string, ArticleLink> _articleLinks;
    private readonly LinkCache<Person, string, PersonLink> _personLinks;
    private readonly LinkCache<DateValue, DateValue, DateLink> _dateLinks;
    private readonly LinkCache<string, string, FigureLink> _figureLinks;

    public SiteModelBuilder(ContentSet content, CrossReferenceIndex index, IReadOnlyDictionary<ContentRecord, string> bodies, SiteOptions options)
    {
        _content = content;
        _index = index;
        _bodies = bodies;
        _options = options;
        _paths = new SitePaths(options.CleanUrls);
        _people = content.People.ToDictionary(p => p.Key, StringComparer.Ordinal);
        _articlesPerOutlet = content.Articles
            .Where(a => a.Outlet != null)
            .GroupBy(a => a.Outlet!, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        _dates = index.DatesInOrder;
        _articleLinks = new(article => article.Slug, MakeArticleLink);
        _personLinks = new(person => person.Key, MakePersonLink);
        _dateLinks = new(date => date, MakeDateLink);
        _figureLinks = new(key => key, MakeFigureLink);
        // Only the home page, the diverging-reports page and the data export need these: made when first asked for.
        _comparisons = new(() => content.Quantities
            .Select(q => QuantityComparison.Of(q, index.QuantityReports.Where(r => r.Quantity == q)))
            // Disagreements first, the worst first: that is what the page is for.
            .OrderByDescending(c => c.Verdict)
            .ThenBy(c => c.Quantity.Key, StringComparer.Ordinal)
            .ToList());
        _charts = new SiteCharts(content.OutletName);
    }

    public IReadOnlyList<QuantityComparison> Comparisons => _comparisons.Value;

    /// <summary>
    /// Every page the site has, in order, each with the folder it goes to and how to make its model. Models are made
    /// when asked for, so a build can make them on all cores and the preview only for the pages a reader opens.
    /// </summary>
    public IReadOnlyList<PagePlan> Plan()
    {
        var plans = new List<PagePlan>
        {
            new(string.Empty, HomePage),
            new(SitePaths.FolderOf(_paths.DivergingReports), DivergingReportsPage),
        };
        plans.AddRange(ArticlesByDate().Select(a => new PagePlan(SitePaths.FolderOf(_paths.Article(a)), () => ArticlePage(a))));
        plans.AddRange(_content.People.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => new PagePlan(SitePaths.FolderOf(_paths.Person(p)), () => PersonPage(p))));
        plans.AddRange(_content.Outlets.OrderBy(o => o.Key, StringComparer.Ordinal).Select(o => new PagePlan(SitePaths.FolderOf(_paths.Outlet(o)), () => OutletPage(o))));
        plans.AddRange(_dates.Select((date, position) => new PagePlan(SitePaths.FolderOf(_paths.Date(date)), () => DatePage(date, position))));
        plans.AddRange(_index.FigurePagesInOrder.Select(key => new PagePlan(SitePaths.FolderOf(_paths.Figure(key)), () => FigurePage(key))));
        return plans;
    }

    private Page HomePage()
    {
        const string root = "";
        var dates = ArticlesByDate()
            .GroupBy(a => a.Date)
            .Select(g => new DateGroup(Wording.Day(g.Key), Wording.IsoDay(g.Key), g.Select(a => ArticleLink(a, root)).ToList()))
            .ToList();
        var timeline = _dates
            .Select(d => new TimelineEntry(
                DateLink(d, root),
                _index.MentionsOf(d)
                    .GroupBy(m => OutletName(m.Sentence.Article), StringComparer.Ordinal)
                    .OrderBy(g => g.Key, StringComparer.Ordinal)
                    .Select(g => new OutletCount(g.Key, g.Select(m => m.Sentence).Distinct().Count()))
                    .ToList()))
            .ToList();
        var quantities = Comparisons
            .Select(c => new QuantitySummary(
                _paths.DivergingReports + "#" + c.Quantity.Key,
                c.Quantity.Name,
                ComparisonWording.Label(c.Verdict),
                ComparisonWording.Key(c.Verdict),
                c.Diverges,
                ComparisonWording.Spreads(c, ReportSource)))
            .ToList();
        var outlets = _content.Outlets.OrderBy(o => o.Name, StringComparer.Ordinal).Select(o => OutletLink(o, root)).ToList();
        var people = _content.People
            .OrderByDescending(_index.SentencesMentioning)
            .ThenBy(p => p.Name, StringComparer.Ordinal)
            .Select(p => PersonLink(p, root))
            .ToList();
        var timelineChart = _charts.Timeline(
            "timeline-chart",
            "Sentences that mention each date, by outlet",
            _dates.SelectMany(_index.MentionsOf).Select(m => (m.Date, m.Sentence)),
            "the list below gives every date with its counts.");
        var figures = _index.FigurePagesInOrder.Select(key => FigureLink(key, root)).ToList();
        var counts = string.Join(" · ", Wording.Counted(_content.Articles.Count, "article"), Wording.Counted(_content.Outlets.Count, "named outlet"), Wording.Counted(_content.People.Count, "person", "people"));
        var view = new HomeView(
            _options.Title, _options.Description, _content.Articles.Count, _content.Outlets.Count, _content.People.Count, counts,
            dates, timeline, timelineChart, quantities, _paths.DivergingReports, outlets, people, figures);
        return new Page(string.Empty, "home", _options.Title, "home", view, []);
    }

    private Page ArticlePage(Article article)
    {
        var folder = SitePaths.FolderOf(_paths.Article(article));
        var root = SitePaths.RootFrom(folder);
        var body = _index.BodyOf(article);
        var people = article.People
            .Concat(body.Facts.People.Select(m => m.Person.Key))
            .Distinct(StringComparer.Ordinal)
            .Select(key => PersonLink(_people[key], root))
            .ToList();
        var dates = body.Facts.Dates.Select(m => m.Date).Distinct().Order().Select(d => DateLink(d, root)).ToList();
        var figures = body.Facts.Figures
            .Where(m => _index.HasFigurePage(m.Figure.Key))
            .GroupBy(m => m.Figure.Key, StringComparer.Ordinal)
            .OrderBy(g => g.First().Figure.Value)
            .Select(g => FigureLink(g.Key, root))
            .ToList();
        var view = new ArticleView(
            article.Title,
            Wording.Day(article.Date),
            Wording.IsoDay(article.Date),
            OutletOf(article) is { } outlet ? OutletLink(outlet, root) : null,
            article.Url?.OriginalString,
            article.Authors,
            article.Summary,
            article.Source,
            body.HtmlLinking(_index.HasFigurePage),
            people,
            dates,
            figures);
        var trail = OutletOf(article) is { } named
            ? Trail(root, ("#articles", "Articles"), (_paths.Outlet(named), named.Name))
            : Trail(root, ("#articles", "Articles"));
        return new Page(folder, "article", article.Title, "articles", view, trail);
    }

    private Page PersonPage(Person person)
    {
        var folder = SitePaths.FolderOf(_paths.Person(person));
        var root = SitePaths.RootFrom(folder);
        var mentions = _index.MentionsOf(person).ToList();
        var sentences = DistinctSentences(mentions);
        var statements = SameStatement.Group(_index.QuotesOf(person).ToList())
            .Select(s => new StatementView(
                s.Wordings.Select(w => new QuoteView(
                    root + _paths.Article(w.Quote.Sentence.Article) + "#" + w.Quote.Sentence.Anchor,
                    w.Quote.Quote,
                    Render.MarkedText.Of(w.Quote.Quote, w.Differs),
                    w.Quote.Sentence.Article.Title,
                    _content.SourceName(w.Quote.Sentence.Article))).ToList(),
                Wording.Counted(s.Wordings.Count, "report"),
                s.Wordings.Any(w => w.Differs.Count > 0)))
            .ToList();
        var mentionedWith = _index.SharedSentences(person)
            .OrderByDescending(other => other.Value)
            .ThenBy(other => _people[other.Key].Name, StringComparer.Ordinal)
            .Select(other => PersonLink(_people[other.Key], root))
            .ToList();
        var datedSentences = new List<(DateValue Date, SentenceRef Sentence)>();
        foreach (var sentence in sentences)
        {
            foreach (var date in _index.DatesOf(sentence))
            {
                datedSentences.Add((date, sentence));
            }
        }

        var distinctDates = new HashSet<DateValue>(datedSentences.Count);
        foreach (var (date, _) in datedSentences)
        {
            distinctDates.Add(date);
        }

        var dates = distinctDates.Order().Select(d => DateLink(d, root)).ToList();
        var timeline = datedSentences.Count > 0
            ? _charts.Timeline("person-timeline", "Sentences that mention " + person.Name + " and a date, by outlet", datedSentences, "the list below gives every date.")
            : null;
        var view = new PersonView(
            person.Name,
            person.Role,
            person.Affiliation,
            person.Aliases,
            BodyRenderer.RenderPlain(_bodies[person], SourceOf(person)),
            Wording.Counted(sentences.Count, "mention"),
            ByOutlet(mentions, root),
            statements,
            mentionedWith,
            dates,
            timeline);
        return new Page(folder, "person", person.Name, "people", view, Trail(root, ("#people", "People")));
    }

    private Page OutletPage(Outlet outlet)
    {
        var folder = SitePaths.FolderOf(_paths.Outlet(outlet));
        var root = SitePaths.RootFrom(folder);
        var articles = ArticlesByDate().Where(a => a.Outlet == outlet.Key).Select(a => ArticleLink(a, root)).ToList();
        var view = new OutletView(outlet.Name, outlet.Country, outlet.Url?.OriginalString, BodyRenderer.RenderPlain(_bodies[outlet], SourceOf(outlet)), articles);
        return new Page(folder, "outlet", outlet.Name, "outlets", view, Trail(root, ("#outlets", "Outlets")));
    }

    /// <param name="position">The date's place in the ordered list of dates, for its previous and next links.</param>
    private Page DatePage(DateValue date, int position)
    {
        var folder = SitePaths.FolderOf(_paths.Date(date));
        var root = SitePaths.RootFrom(folder);
        var mentions = _index.MentionsOf(date).ToList();
        var view = new DateView(
            date.Display,
            date.Key,
            date.PrecisionName,
            Wording.Counted(_index.SentencesMentioning(date), "mention"),
            position > 0 ? DateLink(_dates[position - 1], root) : null,
            position + 1 < _dates.Count ? DateLink(_dates[position + 1], root) : null,
            ByOutlet(mentions, root));
        var enclosing = new[] { new DateValue(date.Year, 0, 0, DatePrecision.Year), new DateValue(date.Year, date.Month, 0, DatePrecision.Month) }
            .Where(d => d.Precision < date.Precision && _index.SentencesMentioning(d) > 0)
            .Select(d => (_paths.Date(d), d.Display));
        return new Page(folder, "date", date.Display, "dates", view, Trail(root, [("#timeline", "Timeline"), .. enclosing]));
    }

    private Page FigurePage(string key)
    {
        var folder = SitePaths.FolderOf(_paths.Figure(key));
        var root = SitePaths.RootFrom(folder);
        var first = _index.FirstOfFigure(key);
        var mentions = _index.MentionsOfFigure(key).ToList();
        var counts = _index.CountsOfFigure(key).Order(StringComparer.Ordinal).ToList();
        var display = FigureText.Display(first.Value, first.High);
        var groups = mentions
            .GroupBy(m => CountedNoun.KeyOf(m.Figure.Counted), StringComparer.Ordinal)
            .Select(g => (g.Key, Mentions: g.ToList(), Sentences: g.Select(m => m.Sentence).Distinct().Count()))
            .OrderBy(g => g.Key.Length == 0)
            .ThenByDescending(g => g.Sentences)
            .ThenBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => new CountedMentions(
                g.Key.Length > 0 ? display + " " + CountedNoun.Commonest(g.Mentions.Select(m => m.Figure.Counted)) : display + ", not saying what it counts",
                Wording.Counted(g.Sentences, "mention"),
                ByOutlet(g.Mentions, root)))
            .ToList();
        var view = new FigureView(
            display,
            key,
            Wording.Counted(_index.SentencesMentioningFigure(key), "mention"),
            counts,
            groups);
        return new Page(folder, "figure", display, "figures", view, Trail(root, ("#figures", "Figures")));
    }

    private Page DivergingReportsPage()
    {
        var folder = SitePaths.FolderOf(_paths.DivergingReports);
        var root = SitePaths.RootFrom(folder);
        var quantities = Comparisons.Select(c => new QuantityView(
            c.Quantity.Key,
            c.Quantity.Name,
            c.Quantity.Unit,
            BodyRenderer.RenderPlain(_bodies[c.Quantity], SourceOf(c.Quantity)),
            ComparisonWording.Label(c.Verdict),
            ComparisonWording.Key(c.Verdict),
            ComparisonWording.Explanation(c),
            c.Diverges,
            ComparisonWording.Spreads(c, ReportSource),
            SiteCharts.Quantity(c, _content.SourceName),
            c.Reports.Select(r => new ReportRow(
                _content.SourceName(r.Mention.Sentence.Article),
                OutletName(r.Mention.Sentence.Article),
                root + _paths.Article(r.Mention.Sentence.Article),
                r.Mention.Sentence.Article.Title,
                r.Mention.Text,
                r.AttributedTo,
                r.Date.Display,
                r.Date.Key,
                root + _paths.Article(r.Mention.Sentence.Article) + "#" + r.Mention.Sentence.Anchor,
                r.Mention.Sentence.Text,
                c.IsOutlier(r))).ToList())).ToList();
        return new Page(folder, "diverging-reports", "Diverging reports", "diverging-reports", new DivergingReportsView(quantities), Trail(root));
    }

    /// <summary>
    /// The breadcrumbs from the home page to a page at <paramref name="root"/>: steps starting with '#' are parts of the
    /// home page, the others are pages, both given from the site root.
    /// </summary>
    private List<Crumb> Trail(string root, params (string Path, string Name)[] steps) =>
    [
        new Crumb(root + _paths.Home, "Home"),
        .. steps.Select(s => new Crumb(s.Path.StartsWith('#') ? root + _paths.Home + s.Path : root + s.Path, s.Name)),
    ];

    /// <summary>
    /// Mentions grouped by outlet (named outlets first, by name), then by article in date order, then by sentence in the
    /// order first mentioned. Pages of people and dates list thousands of mentions: grouped in one pass, each article's
    /// address made once.
    /// </summary>
    private List<OutletMentions> ByOutlet(IEnumerable<SentenceSpan> mentions, string root)
    {
        var byArticle = new Dictionary<Article, List<SentenceSpan>>(ReferenceEqualityComparer.Instance);
        foreach (var mention in mentions)
        {
            var article = mention.Sentence.Article;
            if (!byArticle.TryGetValue(article, out var ofArticle))
            {
                ofArticle = [];
                byArticle.Add(article, ofArticle);
            }

            ofArticle.Add(mention);
        }

        var articles = byArticle.Keys.ToList();
        articles.Sort((a, b) => a.Date != b.Date ? a.Date.CompareTo(b.Date) : string.CompareOrdinal(a.Slug, b.Slug));
        var byOutlet = new Dictionary<string, List<ArticleMentions>>(StringComparer.Ordinal);
        foreach (var article in articles)
        {
            var link = ArticleLink(article, root);
            if (!byOutlet.TryGetValue(link.OutletName, out var ofOutlet))
            {
                ofOutlet = [];
                byOutlet.Add(link.OutletName, ofOutlet);
            }

            ofOutlet.Add(new ArticleMentions(link, BySentence(byArticle[article], link.Url)));
        }

        return byOutlet.Keys
            .OrderBy(outlet => outlet == Outlet.Unnamed)
            .ThenBy(outlet => outlet, StringComparer.Ordinal)
            .Select(outlet => new OutletMentions(outlet, byOutlet[outlet]))
            .ToList();
    }

    /// <summary>One view per sentence, in the order first mentioned, with the sentence's mentions of the thing.</summary>
    /// <param name="mentions">One article's mentions of one thing: a sentence holds only a few.</param>
    private static List<MentionView> BySentence(List<SentenceSpan> mentions, string articleUrl)
    {
        var views = new List<MentionView>(mentions.Count);
        for (var i = 0; i < mentions.Count; i++)
        {
            var sentence = mentions[i].Sentence;
            if (SentenceBefore(mentions, i))
            {
                continue;
            }

            List<SentenceSpan>? ofSentence = null;
            for (var j = i + 1; j < mentions.Count; j++)
            {
                if (ReferenceEquals(mentions[j].Sentence, sentence))
                {
                    (ofSentence ??= [mentions[i]]).Add(mentions[j]);
                }
            }

            views.Add(new MentionView(string.Concat(articleUrl, "#", sentence.Anchor), sentence.Text, ofSentence ?? [mentions[i]]));
        }

        return views;
    }

    /// <summary>
    /// The sentences of a thing's mentions, each once. Mentions come article by article and in text order within one,
    /// so a sentence's mentions stand together.
    /// </summary>
    private static List<SentenceRef> DistinctSentences(List<PersonMention> mentions)
    {
        var sentences = new List<SentenceRef>(mentions.Count);
        foreach (var mention in mentions)
        {
            if (sentences.Count == 0 || !ReferenceEquals(sentences[^1], mention.Sentence))
            {
                sentences.Add(mention.Sentence);
            }
        }

        return sentences;
    }

    private static bool SentenceBefore(List<SentenceSpan> mentions, int index)
    {
        for (var i = 0; i < index; i++)
        {
            if (ReferenceEquals(mentions[i].Sentence, mentions[index].Sentence))
            {
                return true;
            }
        }

        return false;
    }

    private IEnumerable<Article> ArticlesByDate() => _content.ArticlesByDate;

    private ArticleLink ArticleLink(Article article, string root) => _articleLinks.Get(article, root);

    private PersonLink PersonLink(Person person, string root) => _personLinks.Get(person, root);

    private DateLink DateLink(DateValue date, string root) => _dateLinks.Get(date, root);

    private FigureLink FigureLink(string key, string root) => _figureLinks.Get(key, root);

    private ArticleLink MakeArticleLink(Article article, string root) => new(
        root + _paths.Article(article),
        article.Title,
        Wording.Day(article.Date),
        Wording.IsoDay(article.Date),
        OutletName(article),
        article.Summary);

    private PersonLink MakePersonLink(Person person, string root) =>
        new(person.Key, root + _paths.Person(person), person.Name, person.Role, Wording.Counted(_index.SentencesMentioning(person), "mention"));

    private OutletLink OutletLink(Outlet outlet, string root) =>
        new(root + _paths.Outlet(outlet), outlet.Name, Wording.Counted(_articlesPerOutlet.GetValueOrDefault(outlet.Key), "article"));

    private DateLink MakeDateLink(DateValue date, string root) =>
        new(root + _paths.Date(date), date.Key, date.Display, Wording.Counted(_index.SentencesMentioning(date), "mention"));

    private FigureLink MakeFigureLink(string key, string root)
    {
        var first = _index.FirstOfFigure(key);
        return new(root + _paths.Figure(key), FigureText.Display(first.Value, first.High), _index.CountedByFigure(key), Wording.Counted(_index.SentencesMentioningFigure(key), "mention"));
    }

    private string SourceOf(ContentRecord record) => Path.Combine(_content.ContentRoot, record.File.RelativePath);

    private string OutletName(Article article) => _content.OutletName(article);

    /// <summary>Who gave a report, as a spread names them: "DW", or "DW, citing Iryna Vereshchuk".</summary>
    private string ReportSource(QuantityReport report) =>
        _content.SourceName(report.Mention.Sentence.Article) + (report.AttributedTo.Length > 0 ? ", citing " + report.AttributedTo : string.Empty);

    private Outlet? OutletOf(Article article) => _content.OutletOf(article);
}
