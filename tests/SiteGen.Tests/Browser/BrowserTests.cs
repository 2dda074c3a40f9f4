using Xunit.Abstractions;

namespace SiteGen.Tests.Browser;

/// <summary>What readers do with the report, in headless Chromium: search, sentence links, the timeline, accessibility.</summary>
public sealed class BrowserTests(ITestOutputHelper output)
{
    private static readonly string[] Expected =
    [
        "search finds a person by an alias",
        "search finds a figure by value",
        "a sentence link scrolls to and highlights its sentence",
        "the timeline renders",
        "pages work without JavaScript",
        "screenshots of the home page at phone and desktop widths",
        "the diverging-reports page at phone and desktop widths",
        "no serious or critical accessibility violations (axe-core, light mode)",
        "no serious or critical accessibility violations (axe-core, dark mode)",
        "axe-core reports faults on a page that has them",
        "no script errors",
    ];

    [BrowserFact]
    public void Search_finds_a_person_by_an_alias() => Passes("search finds a person by an alias");

    [BrowserFact]
    public void Search_finds_a_figure_by_its_value() => Passes("search finds a figure by value");

    [BrowserFact]
    public void A_sentence_link_scrolls_to_and_highlights_its_sentence() => Passes("a sentence link scrolls to and highlights its sentence");

    [BrowserFact]
    public void The_timeline_renders_one_bar_row_per_date() => Passes("the timeline renders");

    [BrowserFact]
    public void Pages_work_without_javascript() => Passes("pages work without JavaScript");

    [BrowserFact]
    public void Home_page_screenshots_at_phone_and_desktop_widths_do_not_scroll_sideways() => Passes("screenshots of the home page at phone and desktop widths");

    [BrowserFact]
    public void The_diverging_reports_page_reads_on_a_phone_with_legible_unclipped_charts_and_report_cards() => Passes("the diverging-reports page at phone and desktop widths");

    [BrowserFact]
    public void Every_page_kind_has_no_serious_accessibility_violations_in_light_mode() => Passes("no serious or critical accessibility violations (axe-core, light mode)");

    [BrowserFact]
    public void Every_page_kind_has_no_serious_accessibility_violations_in_dark_mode() => Passes("no serious or critical accessibility violations (axe-core, dark mode)");

    [BrowserFact]
    public void The_accessibility_check_reports_faults_on_a_page_that_has_them() => Passes("axe-core reports faults on a page that has them");

    [BrowserFact]
    public void Pages_raise_no_script_errors() => Passes("no script errors");

    [BrowserFact]
    public void Every_check_the_script_runs_is_asserted_here() =>
        BrowserChecks.All.Select(c => c.Name).ShouldBe(Expected, ignoreOrder: true);

    private void Passes(string name)
    {
        var check = BrowserChecks.Named(name);
        output.WriteLine(check.Detail);
        check.Passed.ShouldBeTrue(check.Detail);
    }
}
