using SiteGen.Content;
using SiteGen.CrossReference;
using SiteGen.Markdown;
using SiteGen.Model.Views;

namespace SiteGen.Tests;

public sealed class MentionViewTests
{
    private static readonly BodyRenderer Renderer = new(new SentenceLinker(
        new SentenceAnalyzer(new NameMatcher(Array.Empty<Person>())),
        new EntityUrls(p => p.Key, d => d.Key, f => f.Key)));

    [Fact]
    public void Text_is_how_the_sentence_names_the_thing_once_per_wording()
    {
        var dates = Renderer.RenderArticle("Talks began on May 16, on May 16 or 16 May. They ended on May 16.", TestContent.Article).Facts.Dates;
        var first = dates.Where(d => d.Sentence.Position == 0).ToList();
        var last = dates.Single(d => d.Sentence.Position == 1);

        new MentionView("u", first[0].Sentence.Text, first).Text.ShouldBe("May 16, 16 May");
        new MentionView("u", last.Sentence.Text, [last]).Text.ShouldBe("May 16");
    }
}
