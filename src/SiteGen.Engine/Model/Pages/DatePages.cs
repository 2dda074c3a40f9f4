using SiteGen.Extract;
using SiteGen.Model.Views;

namespace SiteGen.Model.Pages;

/// <summary>A date: every sentence that mentions it, by outlet and article, with the dates before and after it.</summary>
internal sealed class DatePages(PageContext site) : IPageFamily
{
    public void AddTo(List<PlannedPage> plans)
    {
        var dates = site.Dates;
        for (var position = 0; position < dates.Count; position++)
        {
            var (date, at) = (dates[position], position);
            var pages = Paging.PageCount(site.Index.SentencesMentioning(date), Paging.SentencesPerPage);
            var all = new Lazy<MentionPages>(() => new MentionPages(site.Index.MentionsOf(date), pages, site.Content.OutletName));
            ListPages.Add(plans, SitePaths.FolderOf(site.Paths.Date(date)), pages, number => Page(date, at, number, all.Value));
        }
    }

    /// <param name="position">The date's place in the ordered list of dates, for its previous and next links.</param>
    private Page Page(DateValue date, int position, int number, MentionPages mentions)
    {
        var (index, links, dates) = (site.Index, site.Links, site.Dates);
        var at = site.Lists.PageOf(site.Paths.Date(date), number, mentions.Count);
        var root = at.Root;
        var view = new DateView
        {
            Display = date.Display,
            Key = date.Key,
            Precision = date.PrecisionName,
            Mentions = Wording.Counted(index.SentencesMentioning(date), "mention"),
            Previous = position > 0 ? links.Date(dates[position - 1], root) : null,
            Next = position + 1 < dates.Count ? links.Date(dates[position + 1], root) : null,
            Outlets = site.Mentions.ByOutlet(mentions.Page(number), root),
            Summary = site.Mentions.Summary(mentions, at),
            Pager = at.Pager,
        };
        var enclosing = new[] { new DateValue(date.Year, 0, 0, DatePrecision.Year), new DateValue(date.Year, date.Month, 0, DatePrecision.Month) }
            .Where(d => d.Precision < date.Precision && index.SentencesMentioning(d) > 0)
            .Select(d => (site.Paths.Date(d), d.Display));
        return site.Lists.Listed(PageKinds.Date, at, date.Display, view, [(site.Paths.Timeline, "Timeline"), .. enclosing]);
    }
}
