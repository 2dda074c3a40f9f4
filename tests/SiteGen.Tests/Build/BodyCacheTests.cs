using SiteGen.Build;
using SiteGen.Content;
using SiteGen.Serve;

namespace SiteGen.Tests;

/// <summary>The preview keeps each rendered body with its record, and renders again only what an edit changed.</summary>
public sealed class BodyCacheTests
{
    private static ContentSet Content => FixtureReport.Content;

    private static int Bodies => Content.Articles.Count + Content.People.Count + Content.Outlets.Count + Content.Quantities.Count;

    [Fact]
    public void A_build_made_once_reads_every_body()
    {
        var stage = new BodyStage(cache: null);
        stage.Read(Content).Markdown.Count.ShouldBe(Bodies);
        stage.Read(Content).Markdown.Count.ShouldBe(Bodies);
    }

    [Fact]
    public void A_body_rendered_before_against_the_same_people_is_neither_read_nor_rendered_again()
    {
        var stage = new BodyStage(new BodyCache());
        var first = stage.Convert(Content, stage.Read(Content), TestContent.ConverterWithoutPeople);

        var texts = stage.Read(Content);
        texts.Markdown.ShouldBeEmpty();
        var second = stage.Convert(Content, texts, TestContent.ConverterWithoutPeople);

        var article = Content.Articles[0];
        second.Bodies.Articles[article].ShouldBeSameAs(first.Bodies.Articles[article]);
        second.Articles[article].ShouldBeSameAs(first.Articles[article]);
        second.Bodies.Others[Content.Outlets[0]].ShouldBeSameAs(first.Bodies.Others[Content.Outlets[0]]);
    }

    [Fact]
    public void When_the_people_change_every_article_is_read_and_rendered_again()
    {
        var stage = new BodyStage(new BodyCache());
        var first = stage.Convert(Content, stage.Read(Content), TestContent.ConverterWithoutPeople);
        // A person file removed: names become links, so each article is rendered against the people as they are now.
        var content = new ContentSet(Content.ContentRoot, Content.Articles, [.. Content.People.Skip(1)], Content.Outlets, Content.Quantities);

        var texts = stage.Read(content);
        texts.Markdown.Keys.ShouldBe(Content.Articles, ignoreOrder: true);
        var second = stage.Convert(content, texts, TestContent.ConverterWithoutPeople);

        second.Bodies.Articles[Content.Articles[0]].ShouldNotBeSameAs(first.Bodies.Articles[Content.Articles[0]]);
        second.Bodies.Others[Content.Outlets[0]].ShouldBeSameAs(first.Bodies.Others[Content.Outlets[0]]);
    }
}
