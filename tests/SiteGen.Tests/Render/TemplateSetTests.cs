using SiteGen.Tests.Shared;
using System.Text;
using SiteGen.Diagnostics;
using SiteGen.Html;
using SiteGen.Markdown;
using SiteGen.Model;
using SiteGen.Model.Views;
using SiteGen.Render;

namespace SiteGen.Tests;

/// <summary>
/// The templates' engine: every value is encoded once, HTML the engine made is written as it is, a name that does not
/// resolve is an error at the template's line and column with the closest name, and limits stop a hostile template
/// without stopping a large page.
/// </summary>
public sealed class TemplateSetTests : IDisposable
{
    private const string Hostile = "\"><svg onload=alert('1')>&amp;`";
    private const string HostileEncoded = "&quot;&gt;&lt;svg onload&#x3D;alert(&#x27;1&#x27;)&gt;&amp;amp;&#x60;";

    private readonly string _root = Directory.CreateTempSubdirectory("sitegen-templates-").FullName;

    public TemplateSetTests()
    {
        Directory.CreateDirectory(Path.Combine(_root, "pages"));
        Directory.CreateDirectory(Path.Combine(_root, "partials"));
        Layout("<title>{{ title }}</title>{{ content }}");
    }

    private string PagePath => Path.Combine(_root, "pages", "outlet" + TemplateSet.Extension);

    [Fact]
    public void Values_are_encoded_in_text_and_in_attributes()
    {
        Page("<p title=\"{{ name }}\">{{ name }}</p><a href=\"{{ url }}\">{{ country }}</a>");
        Render(Outlet(name: Hostile, country: Hostile, url: Hostile))
            .ShouldBe($"<title>T</title><p title=\"{HostileEncoded}\">{HostileEncoded}</p><a href=\"{HostileEncoded}\">{HostileEncoded}</a>");
    }

    [Theory]
    [InlineData("{{ name | string.upcase }}", "&lt;B&gt; &amp; &#x27;Q&#x27;")]
    [InlineData("{{ name | html.escape }}", "&lt;b&gt; &amp; &#x27;q&#x27;")]
    [InlineData("{{ name | html.escape | string.upcase }}", "&lt;B&gt; &amp; &#x27;Q&#x27;")]
    [InlineData("{{ \"<i>\" + name }}", "&lt;i&gt;&lt;b&gt; &amp; &#x27;q&#x27;")]
    [InlineData("{{ x = name; x }}", "&lt;b&gt; &amp; &#x27;q&#x27;")]
    public void Pipes_escape_and_expressions_encode_once(string template, string expected)
    {
        Page(template);
        Render(Outlet(name: "<b> & 'q'")).ShouldBe("<title>T</title>" + expected);
    }

    [Fact]
    public void Html_the_engine_made_is_written_as_it_is_and_text_that_looks_like_html_is_not()
    {
        Page("{{ about_html }}|{{ name }}");
        const string html = "<p>Kyiv – “Київ”</p>";
        Render(Outlet(name: html, about: html)).ShouldBe("<title>T</title><p>Kyiv – “Київ”</p>|&lt;p&gt;Kyiv – “Київ”&lt;/p&gt;");
    }

    [Fact]
    public void Values_of_every_list_item_are_encoded_and_loops_know_first_and_last()
    {
        Page("{{ for article in articles }}{{ if !for.first }}, {{ end }}<a href=\"{{ article.url }}\">{{ article.title }}</a>{{ if for.last }}.{{ end }}{{ else }}none{{ end }}");
        Render(Outlet(articles: [Article(Hostile), Article("b")]))
            .ShouldBe($"<title>T</title><a href=\"u\">{HostileEncoded}</a>, <a href=\"u\">b</a>.");
        Render(Outlet()).ShouldBe("<title>T</title>none");
    }

    [Fact]
    public void A_partial_is_written_into_the_page_with_its_named_values_encoded_once()
    {
        Partial("article-list", "{{ for a in articles }}<li>{{ a.title }} · {{ name }}</li>{{ end }}\n");
        Page("<ul>\n  {{~ include 'article-list' articles: articles ~}}\n</ul>");
        Render(Outlet(name: "R&D", articles: [Article("<x>")])).ShouldBe("<title>T</title><ul>\n<li>&lt;x&gt; · R&amp;D</li>\n</ul>");
    }

    [Fact]
    public void An_unknown_value_is_an_error_at_its_line_and_column_with_the_closest_name()
    {
        Page("<h1>\n  {{ nmae }}</h1>");
        var error = RenderError(Outlet());
        error.ToString().ShouldBe($"{PagePath}(2,6): error SG0202: 'nmae' is not a value of OutletView; did you mean 'name'?");
    }

    [Fact]
    public void An_unknown_member_of_a_list_item_names_the_item_s_record()
    {
        Page("{{ for article in articles }}{{ article.titel }}{{ end }}");
        RenderError(Outlet(articles: [Article("a")])).ToString()
            .ShouldBe($"{PagePath}(1,41): error SG0202: 'titel' is not a value of ArticleLink; did you mean 'title'?");
    }

    [Theory]
    [InlineData("{{ name.length }}")]
    [InlineData("{{ about_html.bytes }}")]
    [InlineData("{{ articles.capacity }}")]
    [InlineData("{{ name.get_type }}")]
    public void No_member_of_net_beyond_the_view_records_is_reachable(string template)
    {
        Page(template);
        RenderError(Outlet(articles: [Article("a")])).Id.ShouldBe(SiteErrorIds.TemplateFailed);
    }

    [Fact]
    public void A_missing_partial_is_an_error_at_the_include()
    {
        Page("\n{{ include 'article-lsit' articles: articles }}");
        var error = RenderError(Outlet());
        error.ToString().ShouldBe($"{PagePath}(2,4): error SG0202: there is no partial 'article-lsit': add partials/article-lsit.sbn-html");
    }

    [Fact]
    public void A_partial_that_links_to_a_file_outside_the_templates_is_refused_and_never_read()
    {
        var secret = Path.Combine(Directory.CreateTempSubdirectory("sitegen-secret-").FullName, "passwd");
        File.WriteAllText(secret, "root:x:0:0");
        var link = Path.Combine(_root, "partials", "pw.sbn-html");
        File.CreateSymbolicLink(link, secret);
        Page("{{ include 'pw' }}");

        var error = Should.Throw<SiteBuildException>(() => TemplateSet.Load(_root)).Errors.ShouldHaveSingleItem();

        (error.Path, error.Id).ShouldBe((link, SiteErrorIds.ContentUnreadable));
        error.Message.ShouldContain("points outside the templates folder");
        Directory.Delete(Path.GetDirectoryName(secret)!, recursive: true);
    }

    [Fact]
    public void A_template_that_does_not_parse_is_an_error_at_its_line()
    {
        Page("<p>\n{{ if name }}\n<b>{{ name + }}</b>\n{{ end }}");
        var error = Should.Throw<SiteBuildException>(() => TemplateSet.Load(_root)).Errors.ShouldHaveSingleItem();
        error.Id.ShouldBe(SiteErrorIds.TemplateInvalid);
        error.Path.ShouldBe(PagePath);
        error.Line.ShouldBe(3);
        error.Message.ShouldStartWith("the template does not parse: ");
    }

    [Fact]
    public void A_loop_without_end_stops_at_the_iteration_limit()
    {
        Page("{{ while true }}x{{ end }}");
        RenderError(Outlet()).Message.ShouldContain($"iteration limit `{TemplateSet.IterationLimit}`");
    }

    [Fact]
    public void A_partial_that_includes_itself_stops_at_the_depth_limit()
    {
        Partial("again", "{{ include 'again' }}");
        Page("{{ include 'again' }}");
        RenderError(Outlet()).Message.ShouldContain($"recursive depth limit `{TemplateSet.PartialDepthLimit}`");
    }

    [Fact]
    public void A_large_page_with_nested_loops_is_written_whole()
    {
        // 200 x 200 iterations of nested loops (Scriban's default limit counts them together and stops at 1,000) and
        // about 2 MB of output (Scriban's default cuts a render at 1 MiB).
        Page("{{ for a in articles }}{{ for b in articles }}<i>{{ b.summary }}</i>{{ end }}{{ end }}|end");
        var articles = Enumerable.Range(0, 200).Select(i => Article("t") with { Summary = "forty characters of a summary, each one." }).ToList();
        var page = Render(Outlet(articles: articles));
        page.Length.ShouldBe("<title>T</title>".Length + (200 * 200 * "<i>forty characters of a summary, each one.</i>".Length) + "|end".Length);
        page.ShouldEndWith("</i>|end");
    }

    [Theory]
    [InlineData("<title>{{ title }}</title>", "the layout never writes the page")]
    [InlineData("{{ content }}<hr>{{ content }}", "the page is written once")]
    public void The_layout_writes_the_page_exactly_once(string layout, string message)
    {
        Layout(layout);
        Page("p");
        RenderError(Outlet()).Message.ShouldContain(message);
    }

    [Fact]
    public void The_page_sees_its_own_view_and_not_the_layout_s()
    {
        Layout("<title>{{ title }} · {{ site_title }}</title><main>{{ content }}</main><footer>{{ language }}</footer>");
        Page("<p>{{ name }} ünïcode</p>");
        Render(Outlet(name: "Zelensky")).ShouldBe("<title>T · S</title><main><p>Zelensky ünïcode</p></main><footer>en</footer>");
        Page("{{ site_title }}");
        RenderError(Outlet()).Message.ShouldBe("'site_title' is not a value of OutletView");
    }

    [Fact]
    public void A_missing_layout_is_an_error()
    {
        File.Delete(Path.Combine(_root, "layout" + TemplateSet.Extension));
        Should.Throw<SiteBuildException>(() => TemplateSet.Load(_root)).Errors.ShouldHaveSingleItem().Id.ShouldBe(SiteErrorIds.TemplateInvalid);
    }

    public void Dispose() => Directory.Delete(_root, recursive: true);

    [Theory]
    [InlineData("{{ date.now }}", "date.now")]
    [InlineData("{{ object.eval_template '{{ 1 }}' }}", "object.eval_template")]
    public void A_built_in_that_makes_a_build_unrepeatable_or_unchecked_fails_the_page_at_its_place(string template, string name)
    {
        Page("<p>" + template + "</p>");

        var error = RenderError(Outlet());

        error.Id.ShouldBe("SG0202");
        error.Line.ShouldBe(1);
        error.Message.ShouldStartWith(name + " is not available in SiteGen templates");
    }

    private static OutletView Outlet(string name = "N", string? country = null, string? url = null, string about = "", IReadOnlyList<ArticleLink>? articles = null) =>
        TestViews.Outlet(name, country, url, about, articles);

    private static ArticleLink Article(string title) => TestViews.Article(title);

    private void Layout(string template) => File.WriteAllText(Path.Combine(_root, "layout" + TemplateSet.Extension), template);

    private void Page(string template) => File.WriteAllText(PagePath, template);

    private void Partial(string name, string template) => File.WriteAllText(Path.Combine(_root, "partials", name + TemplateSet.Extension), template);

    private string Render(OutletView view) =>
        Encoding.UTF8.GetString(TemplateSet.Load(_root).Render(new Page("x/", "T", "outlets", view, []), TestViews.Layout()).Span);

    private SiteDiagnostic RenderError(OutletView view) =>
        Should.Throw<SiteBuildException>(() => Render(view)).Errors.ShouldHaveSingleItem();
}
