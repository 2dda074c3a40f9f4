using SiteGen.Tests.Shared;
using SiteGen.Diagnostics;
using SiteGen.Model;
using SiteGen.Model.Views;
using SiteGen.Render;

namespace SiteGen.Generators.Tests;

/// <summary>Each construct the compiler writes as C# gives the interpreter's bytes, and one it does not is left to the interpreter.</summary>
public sealed class CompiledConstructTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("sitegen-construct-").FullName;

    [Theory]
    [InlineData("text and values: {{ name }} <{{ url }}>")]
    [InlineData("encoded: {{ name }}", "<b> & \"q\" 'a' `x` =")]
    [InlineData("{{ about_html }}")]
    [InlineData("{{ if country }}has{{ else if url }}url{{ else }}neither{{ end }}")]
    [InlineData("{{ if !country }}no country{{ end }}{{ if !articles }}never{{ end }}")]
    [InlineData("{{ if articles.size > 1 }}many{{ end }}{{ if articles.size == 2 }}two{{ end }}{{ if articles.size <= 0 }}none{{ end }}")]
    [InlineData("{{ if name != \"N\" }}other{{ else }}N{{ end }}{{ if name == url }}same{{ end }}")]
    [InlineData("{{ if name && country }}both{{ end }}{{ if name || country }}either{{ end }}")]
    [InlineData("{{ for a in articles }}[{{ for.index }}{{ if for.first }}F{{ end }}{{ if for.last }}L{{ end }}{{ if for.even }}E{{ end }}{{ if for.odd }}O{{ end }} {{ a.title }}]{{ end }}")]
    [InlineData("{{ for a in articles }}{{ a.title }}{{ else }}no articles{{ end }}")]
    [InlineData("{{ for a in articles }}{{ for b in articles }}{{ a.title }}{{ b.title }}{{ for.index }}{{ end }}{{ for.index }}{{ end }}")]
    [InlineData("{{ for a in articles }}{{ include 'item' }}{{ end }}|{{ include 'item' a: articles[0] }}", "N", 3)]
    [InlineData("{{~ if name ~}}\n  trimmed\n{{~ end ~}}\n")]
    [InlineData("{{ articles.size }} {{ name.size }} {{ true }} {{ 12 }}")]
    [InlineData("{{ pager.label }}", "N", 0, "1 page")]
    public void A_construct_writes_the_same_bytes_compiled_and_interpreted(string page, string name = "N", int articles = 2, string? pager = null)
    {
        Write(page, "{{ a.title }}/{{ name }}");
        var view = View(name, articles, pager);

        var compiled = TemplateSet.Load(_root, CompiledTemplateTests.Compile(_root));
        compiled.CompiledPages.ShouldContain("outlet");
        Render(compiled, view).ShouldBe(Render(TemplateSet.Load(_root), view));
    }

    [Fact]
    public void A_null_member_is_the_same_error_at_the_same_place_both_ways()
    {
        Write("x\n  {{ pager.label }}", "{{ name }}");
        var view = View("N", 0, pager: null);

        var compiled = Should.Throw<SiteBuildException>(() => Render(TemplateSet.Load(_root, CompiledTemplateTests.Compile(_root)), view)).Errors.ShouldHaveSingleItem();
        var interpreted = Should.Throw<SiteBuildException>(() => Render(TemplateSet.Load(_root), view)).Errors.ShouldHaveSingleItem();

        compiled.ToString().ShouldBe(interpreted.ToString());
        compiled.Line.ShouldBe(2);
    }

    [Theory]
    [InlineData("{{ name | string.upcase }}")]
    [InlineData("{{ x = 1 }}{{ name }}")]
    [InlineData("{{ articles }}")]
    public void A_template_with_what_is_not_compiled_is_interpreted_and_says_so(string page)
    {
        Write(page, "{{ name }}");
        var view = View("N", 1, null);

        var templates = TemplateSet.Load(_root, CompiledTemplateTests.Compile(_root));

        templates.CompiledPages.ShouldNotContain("outlet");
        templates.CompiledPages.ShouldContain("article");
        Render(templates, view).ShouldBe(Render(TemplateSet.Load(_root), view));
        CompiledTemplateTests.Information(_root).ShouldContain(d => d.Contains("SG0203") && d.Contains("pages/outlet.sbn-html is rendered by the interpreter"));
    }

    public void Dispose() => Directory.Delete(_root, recursive: true);

    private void Write(string outletPage, string item)
    {
        var views = Generators.Templates.ViewCatalogue.Read(GeneratorHarness.Compilation(string.Empty)).ViewOfTemplate.Keys;
        foreach (var name in views)
        {
            var path = Path.Combine(_root, name + TemplateSet.Extension);
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, name == "layout" ? "<title>{{ title }}</title>{{ content }}" : "x");
        }

        File.WriteAllText(Path.Combine(_root, "pages", "outlet" + TemplateSet.Extension), outletPage);
        Directory.CreateDirectory(Path.Combine(_root, "partials"));
        File.WriteAllText(Path.Combine(_root, "partials", "item" + TemplateSet.Extension), item);
    }

    private static OutletView View(string name, int articles, string? pager) =>
        TestViews.Outlet(
            name,
            url: "https://example.org/?a=1&b=2",
            about: "<p>Kyiv – “Київ”</p>",
            articles: Enumerable.Range(1, articles).Select(i => TestViews.Article("T<" + i + ">", "u" + i)).ToList(),
            pager: pager == null ? null : new Pager(1, 1, pager, null, null, []));

    private static string Render(TemplateSet templates, OutletView view) =>
        System.Text.Encoding.UTF8.GetString(templates.Render(
            new Page("x/", "T & t", "outlets", view, []),
            TestViews.Layout("T & t")).Span);
}
