using SiteGen.Content;
using SiteGen.Extract;
using SiteGen.Markdown;

namespace SiteGen.Tests;

public sealed class BodyConverterTests
{
    private static readonly Article Article = TestContent.Article;

    private static readonly Person Klitschko = new()
    {
        Key = "vitali-klitschko",
        File = new ContentFile("people/vitali-klitschko.md", 1, string.Empty),
        Name = "Vitali Klitschko",
        Aliases = ["Klitschko"],
        Role = "Mayor of Kyiv",
    };

    private static readonly BodyConverter Renderer = new(new SentenceLinker(
        new SentenceAnalyzer(new NameMatcher([Klitschko])),
        new EntityUrls(_ => "", (p, _) => "../../people/" + p.Key + "/", (d, _) => "../../dates/" + d.Key + "/", (f, _) => "../../figures/" + f.Key + "/")));

    [Fact]
    public void Dates_and_figures_link_to_their_pages()
    {
        var body = Renderer.ConvertArticle("On May 23, at least 15 people were injured.", Article);
        body.Html.ToString().ShouldBe("<p><span class=\"sentence\" id=\"s-1\">On <a href=\"../../dates/2025-05-23/\" class=\"date\">May 23</a>, "
            + "<a href=\"../../figures/15/\" class=\"figure\">at least 15</a> people were injured.</span></p>\n");
    }

    [Fact]
    public void Links_at_either_end_of_a_text_keep_the_text_between_them_escaped()
    {
        var body = Renderer.ConvertArticle("Vitali Klitschko & \"Kyiv\" <b> met on May 23", Article);
        body.Html.ToString().ShouldBe("<p><span class=\"sentence\" id=\"s-1\"><a href=\"../../people/vitali-klitschko/\" class=\"person\">Vitali Klitschko</a> "
            + "&amp; &quot;Kyiv&quot; &lt;b&gt; met on <a href=\"../../dates/2025-05-23/\" class=\"date\">May 23</a></span></p>\n");
    }

    [Fact]
    public void A_body_renders_the_same_after_other_bodies_on_the_same_thread()
    {
        const string Markdown = "# Heading\n\n> On May 23, *Vitali Klitschko* said:\n>\n> - one\n> - two\n\n    code\n";
        var first = Renderer.ConvertArticle(Markdown, Article).Html.ToString();
        Renderer.ConvertArticle("| a | b |\n| - | - |\n| 1 | 2 |\n\n1. x\n   > y", Article);
        BodyConverter.ConvertPlain("Plain *text*.");

        Renderer.ConvertArticle(Markdown, Article).Html.ToString().ShouldBe(first);
    }

    [Fact]
    public void Sentences_get_anchors_and_names_link_to_people()
    {
        var body = Renderer.ConvertArticle("Kyiv Mayor Vitali Klitschko took to Telegram. *Klitschko* said more.", Article);

        body.Html.ToString().ShouldBe("<p><span class=\"sentence\" id=\"s-1\">Kyiv Mayor <a href=\"../../people/vitali-klitschko/\" class=\"person\">Vitali Klitschko</a> took to Telegram. </span>"
            + "<span class=\"sentence\" id=\"s-2\"><em><a href=\"../../people/vitali-klitschko/\" class=\"person\">Klitschko</a></em> said more.</span></p>\n");
        body.Facts.People.Select(m => (m.Sentence.Anchor, m.Text, m.Sentence.Text)).ShouldBe([
            ("s-1", "Vitali Klitschko", "Kyiv Mayor Vitali Klitschko took to Telegram."),
            ("s-2", "Klitschko", "Klitschko said more."),
        ]);
    }

    [Theory]
    [InlineData("<script>alert(1)</script>", "&lt;script&gt;alert(1)&lt;/script&gt;")]
    [InlineData("<img src=x onerror=alert(1)>", "&lt;img src=x onerror=alert(1)&gt;")]
    public void Raw_html_is_shown_as_text(string markdown, string expected)
    {
        Renderer.ConvertArticle(markdown, Article).Html.ToString().ShouldContain(expected);
    }

    [Theory]
    [InlineData("[click](javascript:alert(1))")]
    [InlineData("[click](JaVaScRiPt:alert(1))")]
    [InlineData("[click](java&#x09;script:alert(1))")]
    [InlineData("[click](vbscript:msgbox)")]
    [InlineData("[click](data:text/html;base64,PHNjcmlwdD4=)")]
    [InlineData("<javascript:alert(1)>")]
    public void Unsafe_links_lose_their_address(string markdown)
    {
        var html = Renderer.ConvertArticle(markdown, Article).Html.ToString();
        html.ShouldNotContain("href=\"javascript", Case.Insensitive);
        html.ShouldNotContain("href=\"vbscript", Case.Insensitive);
        html.ShouldNotContain("href=\"data:", Case.Insensitive);
        html.ShouldNotContain("href=\"java", Case.Insensitive);
    }

    [Theory]
    [InlineData("[DW](https://p.dw.com/p/4urZa)", "href=\"https://p.dw.com/p/4urZa\"")]
    [InlineData("[desk](mailto:desk@example.org)", "href=\"mailto:desk@example.org\"")]
    [InlineData("[other](../other/)", "href=\"../other/\"")]
    public void Safe_links_are_kept(string markdown, string expected)
    {
        Renderer.ConvertArticle(markdown, Article).Html.ToString().ShouldContain(expected);
    }
}
