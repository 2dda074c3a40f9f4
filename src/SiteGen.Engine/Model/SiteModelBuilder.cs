using SiteGen.Content;
using SiteGen.CrossReference;
using SiteGen.Extract;
using SiteGen.Markdown;
using SiteGen.Model.Views;
using SiteGen.Html;

namespace SiteGen.Model;

/// <summary>Turns content and its cross-references into the list of pages, each with the view its template binds to.</summary>
internal sealed partial class SiteModelBuilder
{
    private readonly ContentSet _content;
    private readonly CrossReferenceIndex _index;
    private readonly RenderedBodies _bodies;
    private readonly SiteOptions _options;
    private readonly SitePaths _paths;
    private readonly Dictionary<string, Person> _people;
    private readonly Dictionary<string, int> _articlesPerOutlet;
    private readonly IReadOnlyList<DateValue> _dates;
    private readonly SiteCharts _charts;
    private readonly LinkCache<Article, string, ArticleLink> _articleLinks;
    private readonly LinkCache<Person, string, PersonLink> _personLinks;
    private readonly LinkCache<DateValue, DateValue, DateLink> _dateLinks;
    private readonly LinkCache<string, string, FigureLink> _figureLinks;

    public SiteModelBuilder(ContentSet content, CrossReferenceIndex index, RenderedBodies bodies, SiteOptions options)
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
        _charts = new SiteCharts(content.OutletName);
    }

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
        AddIndexes(plans);
        plans.AddRange(ArticlesByDate().Select(a => new PagePlan(SitePaths.FolderOf(_paths.Article(a)), () => ArticlePage(a))));
        foreach (var person in _content.People.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            var pages = Paging.PageCount(_index.SentencesMentioning(person), Paging.SentencesPerPage);
            var all = new Lazy<PersonMentions>(() => PersonMentionsOf(person, pages));
            AddPages(plans, SitePaths.FolderOf(_paths.Person(person)), pages, number => PersonPage(person, number, all.Value));
        }

        foreach (var outlet in _content.Outlets.OrderBy(o => o.Key, StringComparer.Ordinal))
        {
            var pages = Paging.PageCount(_articlesPerOutlet.GetValueOrDefault(outlet.Key), Paging.EntriesPerPage);
            var articles = new Lazy<List<Article>>(() => ArticlesByDate().Where(a => a.Outlet == outlet.Key).ToList());
            AddPages(plans, SitePaths.FolderOf(_paths.Outlet(outlet)), pages, number => OutletPage(outlet, number, pages, articles.Value));
        }

        for (var position = 0; position < _dates.Count; position++)
        {
            var (date, at) = (_dates[position], position);
            var pages = Paging.PageCount(_index.SentencesMentioning(date), Paging.SentencesPerPage);
            var all = new Lazy<MentionPages>(() => new MentionPages(_index.MentionsOf(date), pages, OutletName));
            AddPages(plans, SitePaths.FolderOf(_paths.Date(date)), pages, number => DatePage(date, at, number, all.Value));
        }

        foreach (var key in _index.FigurePagesInOrder)
        {
            var pages = Paging.PageCount(_index.SentencesMentioningFigure(key), Paging.SentencesPerPage);
            var all = new Lazy<FigureMentions>(() => FigureMentionsOf(key, pages));
            AddPages(plans, SitePaths.FolderOf(_paths.Figure(key)), pages, number => FigurePage(key, number, all.Value));
        }

        return plans;
    }

    /// <summary>Adds the pages of a list whose first page is in <paramref name="folder"/>.</summary>
    private static void AddPages(List<PagePlan> plans, string folder, int pages, Func<int, Page> page)
    {
        for (var number = 1; number <= pages; number++)
        {
            var n = number;
            plans.Add(new PagePlan(Paging.Folder(folder, n), () => page(n)));
        }
    }

    /// <summary>Page <paramref name="Number"/> of a list whose first page is at <paramref name="Link"/> (from the site root), in <paramref name="First"/>.</summary>
    private sealed record ListPage(string Link, string First, string Folder, string Root, int Number, Pager? Pager);

    private ListPage PageOfList(string link, int number, int pages)
    {
        var first = SitePaths.FolderOf(link);
        var folder = Paging.Folder(first, number);
        var root = SitePaths.RootFrom(folder);
        return new ListPage(link, first, folder, root, number, Paging.Pager(number, pages, root, n => _paths.Link(Paging.Folder(first, n))));
    }

    /// <summary>
    /// A page of a list, titled <paramref name="name"/> with its number after the first page; its trail is
    /// <paramref name="steps"/> and, on a later page, the list's first page.
    /// </summary>
    private Page ListedPage(ListPage at, string name, string section, object view, params (string Path, string Name)[] steps) =>
        new(
            at.Folder,
            at.Number == 1 ? name : name + ", page " + at.Number.ToString(System.Globalization.CultureInfo.InvariantCulture),
            section,
            view,
            Trail(at.Root, at.Number == 1 ? steps : [.. steps, (at.Link, name)]),
            at.Pager);

    private Page ArticlePage(Article article)
    {
        var folder = SitePaths.FolderOf(_paths.Article(article));
        var root = SitePaths.RootFrom(folder);
        var body = _bodies.Articles[article];
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
            ? Trail(root, (_paths.Articles, "Articles"), (_paths.Outlet(named), named.Name))
            : Trail(root, (_paths.Articles, "Articles"));
        return new Page(folder, article.Title, "articles", view, trail);
    }

    /// <summary>A person's mentions in page order and what they are quoted as saying, worked out once for all their pages.</summary>
    private sealed record PersonMentions(MentionPages Mentions, IReadOnlyList<Statement> Statements);

    private PersonMentions PersonMentionsOf(Person person, int pages) =>
        new(new MentionPages(_index.MentionsOf(person), pages, OutletName), SameStatement.Group(_index.QuotesOf(person).ToList()));

    /// <summary>At most this many wordings of one statement are shown; each is also among the person's mentions.</summary>
    private const int WordingsShown = 10;

    /// <summary>At most this many people are listed as mentioned with a person, those most often with them.</summary>
    private const int MentionedWithShown = 30;

    /// <summary>At most this many dates are listed on a person's page, those mentioned most often with them, in date order.</summary>
    private const int PersonDatesShown = 60;

    private Page PersonPage(Person person, int number, PersonMentions all)
    {
        var at = PageOfList(_paths.Person(person), number, all.Mentions.Count);
        var root = at.Root;
        var (from, length) = Paging.Range(all.Statements.Count, all.Mentions.Count, number);
        var statements = all.Statements.Skip(from).Take(length)
            .Select(s => new StatementView(
                s.Wordings.Take(WordingsShown).Select(w => new QuoteView(
                    root + _paths.Article(w.Quote.Sentence.Article) + "#" + w.Quote.Sentence.Anchor,
                    w.Quote.Quote,
                    MarkedText.Of(w.Quote.Quote, w.Differs),
                    w.Quote.Sentence.Article.Title,
                    _content.SourceName(w.Quote.Sentence.Article))).ToList(),
                Wording.Counted(s.Wordings.Count, "report"),
                s.Wordings.Any(w => w.Differs.Count > 0),
                s.Wordings.Count > WordingsShown ? $"The other {s.Wordings.Count - WordingsShown:N0} are among the mentions." : string.Empty))
            .ToList();
        List<PersonLink> mentionedWith = [];
        List<DateLink> dates = [];
        Utf8Html? timeline = null;
        var bio = Utf8Html.Of(string.Empty);
        if (number == 1)
        {
            bio = _bodies.Others[person];
            mentionedWith = _index.SharedSentences(person)
                .OrderByDescending(other => other.Value)
                .ThenBy(other => _people[other.Key].Name, StringComparer.Ordinal)
                .Take(MentionedWithShown)
                .Select(other => PersonLink(_people[other.Key], root))
                .ToList();
            var datedSentences = new List<(DateValue Date, SentenceRef Sentence)>();
            foreach (var sentence in DistinctSentences(_index.MentionsOf(person)))
            {
                foreach (var date in _index.DatesOf(sentence))
                {
                    datedSentences.Add((date, sentence));
                }
            }

            dates = datedSentences
                .GroupBy(d => d.Date)
                .OrderByDescending(g => g.Count())
                .ThenBy(g => g.Key)
                .Take(PersonDatesShown)
                .Select(g => g.Key)
                .Order()
                .Select(d => DateLink(d, root))
                .ToList();
            timeline = datedSentences.Count > 0
                ? _charts.Timeline("person-timeline", "Sentences that mention " + person.Name + " and a date, by outlet", datedSentences, "the list below gives the dates mentioned most.")
                : null;
        }

        var view = new PersonView(
            person.Name,
            person.Role,
            person.Affiliation,
            person.Aliases,
            bio,
            Wording.Counted(_index.SentencesMentioning(person), "mention"),
            ByOutlet(all.Mentions.Page(number), root),
            statements,
            mentionedWith,
            dates,
            timeline,
            Summary(all.Mentions, at),
            at.Pager);
        return ListedPage(at, person.Name, "people", view, (_paths.People, "People"));
    }

    /// <summary>What the first page of a list of mentions that spans pages says before it; null on other pages and short lists.</summary>
    private MentionSummary? Summary(MentionPages mentions, ListPage at)
    {
        if (at.Number != 1 || mentions.Count == 1)
        {
            return null;
        }

        const int latestArticles = 3;
        var outlets = mentions.Outlets()
            .Select(o => new OutletShare(o.OutletName, Wording.Counted(o.Sentences, "mention"), at.Root + _paths.Link(Paging.Folder(at.First, o.FirstPage))))
            .ToList();
        return new MentionSummary(outlets, ByOutlet(mentions.Latest(latestArticles), at.Root));
    }

    /// <param name="all">The outlet's articles, in date order.</param>
    private Page OutletPage(Outlet outlet, int number, int pages, List<Article> all)
    {
        var at = PageOfList(_paths.Outlet(outlet), number, pages);
        var (from, length) = Paging.Range(all.Count, pages, number);
        var articles = all.GetRange(from, length).Select(a => ArticleLink(a, at.Root)).ToList();
        var about = number == 1 ? _bodies.Others[outlet] : Utf8Html.Of(string.Empty);
        var view = new OutletView(outlet.Name, outlet.Country, outlet.Url?.OriginalString, about, articles, at.Pager);
        return ListedPage(at, outlet.Name, "outlets", view, (_paths.Outlets, "Outlets"));
    }

    /// <param name="position">The date's place in the ordered list of dates, for its previous and next links.</param>
    private Page DatePage(DateValue date, int position, int number, MentionPages mentions)
    {
        var at = PageOfList(_paths.Date(date), number, mentions.Count);
        var root = at.Root;
        var view = new DateView(
            date.Display,
            date.Key,
            date.PrecisionName,
            Wording.Counted(_index.SentencesMentioning(date), "mention"),
            position > 0 ? DateLink(_dates[position - 1], root) : null,
            position + 1 < _dates.Count ? DateLink(_dates[position + 1], root) : null,
            ByOutlet(mentions.Page(number), root),
            Summary(mentions, at),
            at.Pager);
        var enclosing = new[] { new DateValue(date.Year, 0, 0, DatePrecision.Year), new DateValue(date.Year, date.Month, 0, DatePrecision.Month) }
            .Where(d => d.Precision < date.Precision && _index.SentencesMentioning(d) > 0)
            .Select(d => (_paths.Date(d), d.Display));
        return ListedPage(at, date.Display, "dates", view, [(_paths.Timeline, "Timeline"), .. enclosing]);
    }

    /// <summary>A figure's mentions in page order, grouped by what the figure counts, worked out once for all its pages.</summary>
    /// <param name="Display">The figure as its pages name it ("1,000").</param>
    /// <param name="Groups">Each group's heading and count, by what the figure counts (<see cref="CountedNoun.KeyOf"/>).</param>
    /// <param name="Counts">What the figure counts, in every group, for the page's header.</param>
    private sealed record FigureMentions(string Display, MentionPages Mentions, IReadOnlyDictionary<string, (string Heading, string Count)> Groups, IReadOnlyList<string> Counts);

    private FigureMentions FigureMentionsOf(string key, int pages)
    {
        var first = _index.FirstOfFigure(key);
        var display = FigureText.Display(first.Value, first.High);
        var groups = _index.MentionsOfFigure(key)
            .GroupBy(m => CountedNoun.KeyOf(m.Figure.Counted), StringComparer.Ordinal)
            .Select(g => (g.Key, Mentions: g.ToList(), Sentences: g.Select(m => m.Sentence).Distinct().Count()))
            .OrderBy(g => g.Key.Length == 0)
            .ThenByDescending(g => g.Sentences)
            .ThenBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => (
                g.Key,
                Heading: g.Key.Length > 0 ? display + " " + CountedNoun.Commonest(g.Mentions.Select(m => m.Figure.Counted)) : display + ", not saying what it counts",
                Count: Wording.Counted(g.Sentences, "mention")))
            .ToList();
        var rank = groups.Select((g, i) => (g.Key, i)).ToDictionary(g => g.Key, g => g.i, StringComparer.Ordinal);
        var mentions = new MentionPages(_index.MentionsOfFigure(key), pages, OutletName, m => rank[GroupOf(m)]);
        return new FigureMentions(
            display,
            mentions,
            groups.ToDictionary(g => g.Key, g => (g.Heading, g.Count), StringComparer.Ordinal),
            _index.CountsOfFigure(key).Order(StringComparer.Ordinal).ToList());
    }

    private static string GroupOf(SentenceSpan mention) => CountedNoun.KeyOf(((FigureMention)mention).Figure.Counted);

    private Page FigurePage(string key, int number, FigureMentions all)
    {
        var at = PageOfList(_paths.Figure(key), number, all.Mentions.Count);
        // The page's mentions come group by group, so grouping keeps the groups' order.
        var groups = all.Mentions.Page(number)
            .GroupBy(GroupOf, StringComparer.Ordinal)
            .Select(g => new CountedMentions(all.Groups[g.Key].Heading, all.Groups[g.Key].Count, ByOutlet(g, at.Root)))
            .ToList();
        var view = new FigureView(
            all.Display,
            key,
            Wording.Counted(_index.SentencesMentioningFigure(key), "mention"),
            all.Counts,
            groups,
            Summary(all.Mentions, at),
            at.Pager);
        return ListedPage(at, all.Display, "figures", view, (_paths.Figures, "Figures"));
    }

    private Page DivergingReportsPage()
    {
        var folder = SitePaths.FolderOf(_paths.DivergingReports);
        var root = SitePaths.RootFrom(folder);
        var quantities = _index.Comparisons.Select(c => new QuantityView(
            c.Quantity.Key,
            c.Quantity.Name,
            c.Quantity.Unit,
            _bodies.Others[c.Quantity],
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
        return new Page(folder, "Diverging reports", "diverging-reports", new DivergingReportsView(quantities), Trail(root));
    }

    /// <summary>The breadcrumbs from the home page to a page at <paramref name="root"/>, each step a page given from the site root.</summary>
    private List<Crumb> Trail(string root, params (string Path, string Name)[] steps) =>
    [
        new Crumb(root + _paths.Home, "Home"),
        .. steps.Select(s => new Crumb(root + s.Path, s.Name)),
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
    private static List<SentenceRef> DistinctSentences(IEnumerable<PersonMention> mentions)
    {
        var sentences = new List<SentenceRef>();
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

    private string OutletName(Article article) => _content.OutletName(article);

    /// <summary>Who gave a report, as a spread names them: "DW", or "DW, citing Iryna Vereshchuk".</summary>
    private string ReportSource(QuantityReport report) =>
        _content.SourceName(report.Mention.Sentence.Article) + (report.AttributedTo.Length > 0 ? ", citing " + report.AttributedTo : string.Empty);

    private Outlet? OutletOf(Article article) => _content.OutletOf(article);
}
