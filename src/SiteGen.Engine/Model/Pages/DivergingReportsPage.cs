using SiteGen.Model.Views;

namespace SiteGen.Model.Pages;

/// <summary>Every tracked quantity with what each outlet reported for it, side by side, and how the reports stand.</summary>
internal sealed class DivergingReportsPage(PageContext site) : IPageFamily
{
    public void AddTo(List<PlannedPage> plans) => plans.Add(new PlannedPage(PageKinds.DivergingReports.Folder, Page));

    private Page Page()
    {
        var (content, paths) = (site.Content, site.Paths);
        var folder = PageKinds.DivergingReports.Folder;
        var root = SitePaths.RootFrom(folder);
        var quantities = site.Index.Comparisons.Select(c => new QuantityView
        {
            Anchor = c.Quantity.Key,
            Name = c.Quantity.Name,
            Unit = c.Quantity.Unit,
            DescriptionHtml = site.Bodies.Others[c.Quantity],
            Verdict = ComparisonWording.Label(c.Verdict),
            VerdictKey = ComparisonWording.Key(c.Verdict),
            Explanation = ComparisonWording.Explanation(c),
            Diverges = c.Diverges,
            Spreads = ComparisonWording.Spreads(c, site.ReportSource),
            ChartHtml = SiteCharts.Quantity(c, content.SourceName),
            Reports = c.Reports.Select(r => new ReportRow
            {
                Source = content.SourceName(r.Mention.Sentence.Article),
                OutletName = content.OutletName(r.Mention.Sentence.Article),
                ArticleUrl = root + paths.Article(r.Mention.Sentence.Article),
                ArticleTitle = r.Mention.Sentence.Article.Title,
                Value = r.Mention.Text,
                AttributedTo = r.AttributedTo,
                Date = r.Date.Display,
                DateKey = r.Date.Key,
                SentenceUrl = root + paths.Article(r.Mention.Sentence.Article) + "#" + r.Mention.Sentence.Anchor,
                Sentence = r.Mention.Sentence.Text,
                Outlier = c.IsOutlier(r),
            }).ToList(),
        }).ToList();
        return PageKinds.DivergingReports.Page(folder, "Diverging reports", new DivergingReportsView(quantities), site.Lists.Trail(root));
    }
}
