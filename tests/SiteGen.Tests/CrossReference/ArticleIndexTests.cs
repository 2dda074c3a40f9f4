using SiteGen.CrossReference;

namespace SiteGen.Tests;

public sealed class ArticleIndexTests
{
    [Fact]
    public void Each_sentence_has_the_dates_it_mentions_and_no_other()
    {
        var body = TestContent.ConverterWithoutPeople.ConvertArticle(
            "On May 16 talks began. Nothing was dated here. Both May 19 and May 23 were named.\n\n"
            + "A new paragraph without a date. On June 2 a second round followed. The last sentence is undated.",
            TestContent.Article);
        var index = new ArticleIndex(body.Facts);

        var dates = body.Facts.Sentences.Select(s => index.DatesOf(s).Select(d => d.Key).ToList()).ToList();

        dates.ShouldBe([["2025-05-16"], [], ["2025-05-19", "2025-05-23"], [], ["2025-06-02"], []]);
    }
}
