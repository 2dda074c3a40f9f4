using System.Text.RegularExpressions;

namespace SiteGen.Tests;

/// <summary>Every page but the home page says where it sits: the trail of links back to the home page.</summary>
public sealed class BreadcrumbTests
{
    [Theory]
    [InlineData("articles/ukraine-russia-hold-largest-prisoner-swap/index.html", "Home|Articles|The Kyiv Independent|Ukraine War Latest: Ukraine, Russia hold largest prisoner swap since start of Russia&#x27;s war")]
    [InlineData("articles/ukrainian-russian-forces-begin-large-scale-prisoner-exchange/index.html", "Home|Articles|Ukrainian and Russian Forces Begin Large-Scale Prisoner Exchange")]
    [InlineData("people/volodymyr-zelensky/index.html", "Home|People|Volodymyr Zelensky")]
    [InlineData("dates/2025-05-23/index.html", "Home|Timeline|May 2025|Friday 23 May 2025")]
    [InlineData("dates/2022-02/index.html", "Home|Timeline|2022|February 2022")]
    [InlineData("figures/1000/index.html", "Home|Figures|1,000")]
    [InlineData("outlets/dw/index.html", "Home|Outlets|DW")]
    [InlineData("diverging-reports/index.html", "Home|Diverging reports")]
    public void A_page_shows_the_trail_from_the_home_page(string path, string trail)
    {
        var nav = Regex.Match(SampleSite.Page(path), "<nav class=\"breadcrumbs\" aria-label=\"Breadcrumb\">(.*?)</nav>", RegexOptions.Singleline);
        nav.Success.ShouldBeTrue(path);
        string.Join('|', Regex.Matches(nav.Groups[1].Value, "<li>.*?>([^<]+)</(?:a|span)></li>").Select(m => m.Groups[1].Value)).ShouldBe(trail);
        nav.Groups[1].Value.ShouldContain("aria-current=\"page\"");
    }

    [Fact]
    public void Trail_links_lead_to_pages_and_sections_that_exist()
    {
        SampleSite.Page("dates/2025-05-23/index.html").ShouldContain("<li><a href=\"../../dates/2025-05/index.html\">May 2025</a></li>");
        SampleSite.Page("figures/1000/index.html").ShouldContain("<li><a href=\"../../figures/index.html\">Figures</a></li>");
        SampleSite.Page("figures/index.html").ShouldContain("<h1>Figures</h1>");
    }

    [Fact]
    public void The_home_page_has_no_trail()
    {
        SampleSite.Page("index.html").ShouldNotContain("class=\"breadcrumbs\"");
    }
}
