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

    [Fact]
    public void A_missing_layout_is_an_error()
    {
        File.Delete(Path.Combine(_root, "layout.hbs"));
        Should.Throw<SiteBuildException>(() => TemplateSet.Load(_root)).Errors.ShouldHaveSingleItem().Id.ShouldBe(SiteErrorIds.TemplateInvalid);
    }

    public void Dispose() => Directory.Delete(_root, recursive: true);

    private void Page(string template) => File.WriteAllText(Path.Combine(_root, "pages", "test.hbs"), template);

    private string Render(object view) =>
        TemplateSet.Load(_root).Render(new Page("x/", "test", "T", "test", view, []), new LayoutView("T", "S", "D", "../", "../index.html", "../diverging-reports/index.html", "test", [], string.Empty));
}
