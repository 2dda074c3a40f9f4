using SiteGen.Extract;
using SiteGen.Model.Views;

namespace SiteGen.Model.Pages;

/// <summary>A figure that recurs: every sentence that mentions it, grouped by what it counts, 100 sentences to a page.</summary>
internal sealed class FigurePages(PageContext site) : IPageFamily
{
    /// <summary>A figure's mentions in page order, grouped by what the figure counts, worked out once for all its pages.</summary>
    /// <param name="Display">The figure as its pages name it ("1,000").</param>
    /// <param name="Groups">Each group's heading and count, by what the figure counts (<see cref="CountedNoun.KeyOf"/>).</param>
    /// <param name="Counts">What the figure counts, in every group, for the page's header.</param>
    private sealed record FigureMentions(string Display, MentionPages Mentions, IReadOnlyDictionary<string, (string Heading, string Count)> Groups, IReadOnlyList<string> Counts);

    public void AddTo(List<PlannedPage> plans)
    {
        foreach (var key in site.Index.FigurePagesInOrder)
        {
            var pages = Paging.PageCount(site.Index.SentencesMentioningFigure(key), Paging.SentencesPerPage);
            var all = new Lazy<FigureMentions>(() => MentionsOf(key, pages));
            ListPages.Add(plans, SitePaths.FolderOf(site.Paths.Figure(key)), pages, number => Page(key, number, all.Value));
        }
    }

    private FigureMentions MentionsOf(string key, int pages)
    {
        var index = site.Index;
        var first = index.FirstOfFigure(key);
        var display = FigureText.Display(first.Value, first.High);
        var groups = index.MentionsOfFigure(key)
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
        var mentions = new MentionPages(index.MentionsOfFigure(key), pages, site.Content.OutletName, m => rank[GroupOf(m)]);
        return new FigureMentions(
            display,
            mentions,
            groups.ToDictionary(g => g.Key, g => (g.Heading, g.Count), StringComparer.Ordinal),
            index.CountsOfFigure(key).Order(StringComparer.Ordinal).ToList());
    }

    private static string GroupOf(SentenceSpan mention) => CountedNoun.KeyOf(((FigureMention)mention).Figure.Counted);

    private Page Page(string key, int number, FigureMentions all)
    {
        var at = site.Lists.PageOf(site.Paths.Figure(key), number, all.Mentions.Count);
        var view = new FigureView
        {
            Display = all.Display,
            Key = key,
            Mentions = Wording.Counted(site.Index.SentencesMentioningFigure(key), "mention"),
            Counts = all.Counts,
            // The page's mentions come group by group, so grouping keeps the groups' order.
            Groups = all.Mentions.Page(number)
                .GroupBy(GroupOf, StringComparer.Ordinal)
                .Select(g => new CountedMentions(all.Groups[g.Key].Heading, all.Groups[g.Key].Count, site.Mentions.ByOutlet(g, at.Root)))
                .ToList(),
            Summary = site.Mentions.Summary(all.Mentions, at),
            Pager = at.Pager,
        };
        return site.Lists.Listed(PageKinds.Figure, at, all.Display, view, (site.Paths.Figures, "Figures"));
    }
}
