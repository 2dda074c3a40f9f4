using SiteGen.Build;
using SiteGen.Model;
using SiteGen.Model.Views;
using SiteGen.Render;

namespace SiteGen.Tests;

/// <summary>The template engine is strict: values are encoded, and what does not resolve is an error naming the template.</summary>
public sealed class TemplateSetTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("sitegen-templates-").FullName;

    public TemplateSetTests()
    {
        Directory.CreateDirectory(Path.Combine(_root, "pages"));
        File.WriteAllText(Path.Combine(_root, "layout.hbs"), "<title>{{Title}}</title>{{{Body}}}");
    }

    [Fact]
    public void Values_are_html_encoded()
    {
        Page("<p title=\"{{Name}}\">{{Name}}</p>");
        Render(new { Name = "\"><svg onload=alert(1)>" }).ShouldBe("<title>T</title><p title=\"&quot;&gt;&lt;svg onload&#x3D;alert(1)&gt;\">&quot;&gt;&lt;svg onload&#x3D;alert(1)&gt;</p>");
    }

    [Fact]
    public void An_unknown_value_is_an_error()
    {
        Page("{{Nmae}}");
        var error = Should.Throw<SiteBuildException>(() => Render(new { Name = "x" })).Errors.ShouldHaveSingleItem();
        error.Id.ShouldBe(SiteErrorIds.TemplateFailed);
        error.Path.ShouldBe(Path.Combine(_root, "pages", "test.hbs"));
    }

    [Fact]
    public void An_unknown_helper_is_an_error()
    {
        Page("{{shout Name}}");
        Should.Throw<SiteBuildException>(() => Render(new { Name = "x" })).Errors.ShouldHaveSingleItem().Id.ShouldBe(SiteErrorIds.TemplateFailed);
    }

    [Theory]
    [InlineData("<title>{{Title}}</title>", "exactly once")]
    [InlineData("{{{Body}}}<hr>{{{Body}}}", "exactly once")]
    [InlineData("{{#if Title}}{{{Body}}}{{/if}}", "must stand outside any {{#block}}")]
    public void A_layout_must_place_the_page_once_outside_any_block(string layout, string advice)
    {
        File.WriteAllText(Path.Combine(_root, "layout.hbs"), layout);
        var error = Should.Throw<SiteBuildException>(() => TemplateSet.Load(_root)).Errors.ShouldHaveSingleItem();
        error.Id.ShouldBe(SiteErrorIds.TemplateInvalid);
        error.Message.ShouldContain(advice);
    }

    [Fact]
    public void The_page_is_written_between_the_two_parts_of_the_layout()
    {
        File.WriteAllText(Path.Combine(_root, "layout.hbs"), "<title>{{Title}}</title><main>{{{Body}}}</main><footer>{{SiteTitle}}</footer>");
        Page("<p>{{Name}} ünïcode</p>");
        Render(new { Name = "Zelensky" }).ShouldBe("<title>T</title><main><p>Zelensky ünïcode</p></main><footer>S</footer>");
    }

    [Fact]
    public void A_partial_on_an_indented_line_is_encoded_like_any_value_and_written_without_the_indentation()
    {
        Directory.CreateDirectory(Path.Combine(_root, "partials"));
        File.WriteAllText(Path.Combine(_root, "partials", "quote.hbs"), "<q>{{this}}</q>\n<p>{{this}}</p>\n");
        Page("<div>\n    {{> quote Name}}\n</div>");
        Render(new { Name = "Russia's \"plan\"" }).ShouldBe("<title>T</title><div>\n<q>Russia&#x27;s &quot;plan&quot;</q>\n<p>Russia&#x27;s &quot;plan&quot;</p>\n</div>");
    }

    [Theory]
    [InlineData("<ul>\n{{> items Items}}\n</ul>", "<ul>\n<li>a</li><li>b</li>\n</ul>")]
    [InlineData("<ul>{{> items Items}}</ul>", "<ul><li>a</li><li>b</li>\n</ul>")]
    [InlineData("<ul>\n  {{> items Items}}\n</ul>\n{{> items Items}}", "<ul>\n<li>a</li><li>b</li>\n</ul>\n<li>a</li><li>b</li>\n")]
    [InlineData("<ul>{{> items None}}</ul>", "<ul><li>none</li>\n</ul>")]
    [InlineData("<ul>\n  {{~> items Items~}}\n</ul>", "<ul><li>a</li><li>b</li>\n</ul>")]
    [InlineData("{{> where Item}}", "Root/Root/n\n")]
    [InlineData("{{#each Items}}{{> where this}}{{/each}}", "Root/a/a\nRoot/b/b\n")]
    public void A_partial_given_a_value_renders_as_handlebars_renders_it(string page, string expected)
    {
        Directory.CreateDirectory(Path.Combine(_root, "partials"));
        File.WriteAllText(Path.Combine(_root, "partials", "items.hbs"), "{{#each this}}<li>{{Name}}</li>{{else}}<li>none</li>{{/each}}\n");
        File.WriteAllText(Path.Combine(_root, "partials", "where.hbs"), "{{@root.Title}}/{{../Title}}/{{Name}}\n");
        Page(page);
        var view = new { Title = "Root", Items = new[] { new { Name = "a", Title = "a" }, new { Name = "b", Title = "b" } }, None = Array.Empty<object>(), Item = new { Name = "n" } };
        Render(view).ShouldBe("<title>T</title>" + expected);
    }

    [Fact]
    public void A_partial_given_a_value_that_does_not_resolve_is_an_error()
    {
        Directory.CreateDirectory(Path.Combine(_root, "partials"));
        File.WriteAllText(Path.Combine(_root, "partials", "items.hbs"), "{{#each this}}<li>{{Name}}</li>{{/each}}");
        Page("{{> items Itmes}}");
        Should.Throw<SiteBuildException>(() => Render(new { Items = Array.Empty<object>() })).Errors.ShouldHaveSingleItem().Id.ShouldBe(SiteErrorIds.TemplateFailed);
    }

    [Fact]
    public void Html_rendered_from_markdown_is_written_as_its_text_would_be()
    {
        Page("{{{Html}}}|{{Html}}|{{#with this}}{{{Html}}}{{/with}}");
        const string text = "<p>Kyiv – “Київ”</p>";
        var html = new SiteGen.Markdown.Utf8Html(System.Text.Encoding.UTF8.GetBytes(text));
        var rendered = Render(new { Html = html });
        rendered.ShouldBe(Render(new { Html = text }));
        rendered.ShouldStartWith("<title>T</title><p>Kyiv – “Київ”</p>|&lt;p&gt;", customMessage: "as is in triple braces, encoded in double ones");
    }

    [Fact]
    public void A_missing_layout_is_an_error()
    {
        File.Delete(Path.Combine(_root, "layout.hbs"));
        Should.Throw<SiteBuildException>(() => TemplateSet.Load(_root)).Errors.ShouldHaveSingleItem().Id.ShouldBe(SiteErrorIds.TemplateInvalid);
    }

    public void Dispose() => Directory.Delete(_root, recursive: true);

    private void Page(string template) => File.WriteAllText(Path.Combine(_root, "pages", "test.hbs"), template);

    private string Render(object view) =>
        System.Text.Encoding.UTF8.GetString(TemplateSet.Load(_root).Render(new Page("x/", "test", "T", "test", view, []), new LayoutView("T", "S", "D", "../", "../index.html", "../diverging-reports/index.html", "test", [], "en")).Span);
}
