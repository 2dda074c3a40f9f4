using SiteGen.Content;
using SiteGen.CrossReference;

namespace SiteGen.Tests;

/// <summary>A number gets a page when it recurs: in two articles or more, or in a report of a tracked quantity.</summary>
public sealed class FigurePageTests
{
    private static readonly Quantity Detained = new()
    {
        Key = "detained",
        File = new ContentFile("quantities/detained.md", 1, string.Empty),
        Name = "People detained",
        Unit = "people",
        Terms = ["detained"],
        Counts = ["people"],
    };

    [Fact]
    public void A_number_in_two_articles_or_in_a_tracked_report_has_a_page_and_one_mentioned_once_has_none()
    {
        var index = Index(
            "Officials said 240 drones were launched. Police said 40 people were detained. The bridge is 17 metres long.",
            "Another 240 drones followed.");

        index.FigurePagesInOrder.ShouldBe(["40", "240"]);
        index.HasFigurePage("17").ShouldBeFalse();
        index.FiguresInOrder.ShouldContain("17", "every number is still a mention, in the index and the exports");
        index.MentionsOfFigure("17").Count().ShouldBe(1);
    }

    [Fact]
    public void A_number_without_a_page_stays_marked_in_its_sentence_and_the_others_stay_links()
    {
        var body = TestContent.ConverterWithoutPeople.ConvertArticle("In all, *240* drones and 17 missiles, then 240 more.", TestContent.Article);

        body.HtmlLinking(key => key != "17").ToString().ShouldBe(
            "<p><span class=\"sentence\" id=\"s-1\">In all, <em><a href=\"240\" class=\"figure\">240</a></em> drones and "
            + "<span class=\"figure\">17</span> missiles, then <a href=\"240\" class=\"figure\">240</a> more.</span></p>\n");
        body.HtmlLinking(_ => true).ShouldBeSameAs(body.Html);
        body.HtmlLinking(_ => false).ToString().ShouldNotContain("<a ");
    }

    private static CrossReferenceIndex Index(params string[] bodies)
    {
        var articles = new Dictionary<Article, ArticleIndex>();
        for (var i = 0; i < bodies.Length; i++)
        {
            var article = TestContent.Article with { Key = "a" + i, Slug = "a" + i };
            articles.Add(article, new(TestContent.ConverterWithoutPeople.ConvertArticle(bodies[i], article).Facts));
        }

        return new CrossReferenceIndex(articles, [Detained]);
    }
}
