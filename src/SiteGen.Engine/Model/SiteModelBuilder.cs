using SiteGen.Content;
using SiteGen.CrossReference;
using SiteGen.Markdown;
using SiteGen.Model.Pages;

namespace SiteGen.Model;

/// <summary>Turns content and its cross-references into the list of pages, each with the view its template binds to.</summary>
internal sealed class SiteModelBuilder(ContentSet content, CrossReferenceIndex index, RenderedBodies bodies, SiteOptions options)
{
    /// <summary>
    /// Every page the site has, in order, each with the folder it goes to and how to make its model. Models are made
    /// when asked for, so a build can make them on all cores and the preview only for the pages a reader opens.
    /// </summary>
    public IReadOnlyList<PagePlan> Plan()
    {
        var site = new PageContext(content, index, bodies, options);
        IPageFamily[] families =
        [
            new HomePage(site),
            new DivergingReportsPage(site),
            new IndexPages(site),
            new ArticlePages(site),
            new PersonPages(site),
            new OutletPages(site),
            new DatePages(site),
            new FigurePages(site),
        ];
        var plans = new List<PagePlan>();
        foreach (var family in families)
        {
            family.AddTo(plans);
        }

        return plans;
    }
}
