using SiteGen.Model.Views;

namespace SiteGen.Tests;

public sealed class MentionViewTests
{
    [Fact]
    public void Text_is_how_the_sentence_names_the_thing_once_per_wording()
    {
        var dates = TestContent.ConverterWithoutPeople.ConvertArticle("Talks began on May 16, on May 16 or 16 May. They ended on May 16.", TestContent.Article).Facts.Dates;
        var first = dates.Where(d => d.Sentence.Position == 0).ToList();
        var last = dates.Single(d => d.Sentence.Position == 1);

        new MentionView("u", first[0].Sentence.Text, first).Text.ShouldBe("May 16, 16 May");
        new MentionView("u", last.Sentence.Text, [last]).Text.ShouldBe("May 16");
    }
}
