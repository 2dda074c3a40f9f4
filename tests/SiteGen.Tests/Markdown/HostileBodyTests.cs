using SiteGen.Content;
using SiteGen.Diagnostics;
using SiteGen.Extract;
using SiteGen.Markdown;

namespace SiteGen.Tests;

/// <summary>Hostile and pathological Markdown bodies: rendered safely, in bounded time, without exhausting the stack.</summary>
public sealed class HostileBodyTests
{
    private static readonly Article Article = TestContent.Article;

    private static readonly BodyConverter Renderer = new(new SentenceLinker(
        new SentenceAnalyzer(new NameMatcher([TestContent.Person("vitali-klitschko", "Vitali Klitschko", "Klitschko")])),
        new EntityUrls(_ => "", (p, _) => "p/", (d, _) => "d/", (f, _) => "f/")));

    [Theory]
    [InlineData(">")]
    [InlineData("-")]
    [InlineData("[")]
    [InlineData("*")]
    public void Ten_thousand_levels_of_nesting_are_an_error_not_a_crash(string marker)
    {
        var body = marker == "[" ? new string('[', 100_000) + "x" + new string(']', 100_000) : string.Concat(Enumerable.Repeat(marker + " ", 10_000)) + "deep";
        var error = Should.Throw<SiteBuildException>(() => Renderer.ConvertArticle(body, Article, 12, "/content/articles/a.md")).Errors.ShouldHaveSingleItem();
        error.ToString().ShouldStartWith("/content/articles/a.md(12,1): error SG0104:");
    }

    [Theory]
    [InlineData("*", "x")]
    [InlineData("_", "x")]
    public void Emphasis_nested_past_the_limit_is_SG0104_at_the_file_while_rendering_too(string marker, string inner)
    {
        var body = string.Concat(Enumerable.Repeat(marker, 400)) + inner + string.Concat(Enumerable.Repeat(marker, 400));
        var error = Should.Throw<SiteBuildException>(() => Renderer.ConvertArticle(body, Article, 6, "content/articles/a.md")).Errors.ShouldHaveSingleItem();
        error.Id.ShouldBe(SiteErrorIds.MarkdownTooDeep);
        error.Path.ShouldBe("content/articles/a.md");
        error.Line.ShouldBe(6);
    }

    [Fact]
    public void A_hundred_levels_of_nesting_render()
    {
        Renderer.ConvertArticle(string.Concat(Enumerable.Repeat("> ", 100)) + "deep", Article).Html.ToString().ShouldContain("deep");
    }

    [Theory]
    [InlineData("[x](&#106;avascript:alert(1))")]
    [InlineData("[x](&#x6A;avascript:alert(1))")]
    [InlineData("[x](JAVASCRIPT:alert(1))")]
    [InlineData("<vbscript:msgbox(1)>")]
    [InlineData("![x](data:image/svg+xml;base64,PHN2Zz4=)")]
    public void Encoded_and_autolinked_script_addresses_are_dropped(string markdown)
    {
        var html = Renderer.ConvertArticle(markdown, Article).Html.ToString();
        html.ShouldNotContain("href=\"javascript", Case.Insensitive);
        html.ShouldNotContain("href=\"vbscript", Case.Insensitive);
        html.ShouldNotContain("src=\"data:", Case.Insensitive);
    }

    [Fact]
    public void Generic_attribute_syntax_is_not_an_injection_point()
    {
        var html = Renderer.ConvertArticle("A paragraph {onclick=\"alert(1)\" .x}\n\n# Title {onmouseover=alert(1)}", Article).Html.ToString();
        html.ShouldNotMatch(@"<[^>]*\son\w+=");
    }

    [Fact]
    public void A_fifty_megabyte_article_renders()
    {
        var paragraph = "Kyiv Mayor Vitali Klitschko said on May 24 that at least 15 people were injured. ";
        var body = string.Join("\n\n", Enumerable.Repeat(string.Concat(Enumerable.Repeat(paragraph, 20)), 50 * 1024 * 1024 / (paragraph.Length * 20)));
        var rendered = Renderer.ConvertArticle(body, Article);
        rendered.Facts.People.Count.ShouldBeGreaterThan(500_000);
    }
}
