using SiteGen.Content;
using SiteGen.CrossReference;
using SiteGen.Markdown;
using SiteGen.Model.Pages;

namespace SiteGen.Model;

/// <summary>Turns content and its cross-references into the list of pages, each with the view its template binds to.</summary>
/// <param name="families">The families of pages, in the order their pages are listed; <see cref="Families"/> unless told.</param>
internal sealed class SiteModelBuilder(ContentSet content, CrossReferenceIndex index, ConvertedBodies bodies, SiteOptions options, IReadOnlyList<Func<PageContext, IPageFamily>>? families = null)
{
    /// <summary>Every family of pages the site has. A new kind of page is a family, its view and its template, and a line here.</summary>
    public static readonly IReadOnlyList<Func<PageContext, IPageFamily>> Families =
    [
        site => new HomePage(site),
        site => new DivergingReportsPage(site),
        site => new IndexPages(site),
        site => new ArticlePages(site),
        site => new PersonPages(site),
        site => new OutletPages(site),
        site => new DatePages(site),
        site => new FigurePages(site),
    ];

    /// <summary>
    /// Every page the site has, in order, each with the folder it goes to and how to make its model. Models are made
    /// when asked for, so a build can make them on all cores and the preview only for the pages a reader opens.
    /// </summary>
    public IReadOnlyList<PlannedPage> Pages()
    {
        var site = new PageContext(content, index, bodies, options);
        var plans = new List<PlannedPage>();
        foreach (var family in families ?? Families)
        {
            family(site).AddTo(plans);
        }

        return plans;
    }
}
