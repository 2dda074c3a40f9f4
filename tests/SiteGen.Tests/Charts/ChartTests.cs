using System.Globalization;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using SiteGen.Charts;

namespace SiteGen.Tests;

public sealed class ChartTests
{
    [Fact]
    public void A_stacked_bar_chart_has_one_row_per_label_and_segments_in_proportion()
    {
        var svg = Svg(StackedBarChart.Draw("c", "Title", "Description", ["A", "B"], [new ChartRow("23 May 2025", [3, 1]), new ChartRow("24 May 2025", [0, 2])]));

        var rows = svg.Descendants(Tag("g")).Where(g => (string?)g.Attribute("class") == "row").ToList();
        rows.Count.ShouldBe(2);
        var firstBars = rows[0].Elements(Tag("rect")).Select(r => Width(r)).ToList();
        firstBars.Count.ShouldBe(2);
        (firstBars[0] / firstBars[1]).ShouldBe(3, tolerance: 0.05);
        rows[1].Elements(Tag("rect")).Count().ShouldBe(1, "a zero count draws no segment");
        rows[0].Elements(Tag("text")).Last().Value.ShouldBe("4");
    }

    [Fact]
    public void A_chart_is_an_image_named_by_its_title_and_description()
    {
        var html = StackedBarChart.Draw("timeline", "Dates <by> outlet", "What it shows", ["A"], [new ChartRow("x", [1])]);
        var svg = Svg(html);

        svg.Attribute("role")!.Value.ShouldBe("img");
        svg.Attribute("aria-labelledby")!.Value.ShouldBe("timeline-title timeline-desc");
        svg.Element(Tag("title"))!.Value.ShouldBe("Dates <by> outlet");
        svg.Element(Tag("desc"))!.Value.ShouldBe("What it shows");
        html.ShouldNotContain("<by>", customMessage: "text is escaped");
    }

    [Fact]
    public void The_legend_names_every_series_only_when_there_are_several()
    {
        StackedBarChart.Draw("c", "T", "D", ["Reuters", "DW"], [new ChartRow("x", [1, 1])]).ShouldContain("class=\"legend\"");
        StackedBarChart.Draw("c", "T", "D", ["Reuters"], [new ChartRow("x", [1])]).ShouldNotContain("class=\"legend\"");
    }

    [Fact]
    public void Long_labels_are_cut_to_fit_with_an_ellipsis()
    {
        var html = StackedBarChart.Draw("c", "T", "D", ["A"], [new ChartRow("A label far too long to fit the label column", [1])]);
        Regex.IsMatch(html, "<text class=\"label\"[^>]*>[^<]{1,18}…</text>").ShouldBeTrue(html);
    }

    [Theory]
    [InlineData("0.3", "0.5")]
    [InlineData("1", "1")]
    [InlineData("7", "10")]
    [InlineData("270", "500")]
    [InlineData("11000", "20000")]
    [InlineData("1500", "2000")]
    public void The_range_axis_ends_at_one_two_or_five_times_a_power_of_ten(string value, string expected) =>
        RangeChart.NiceCeiling(decimal.Parse(value, CultureInfo.InvariantCulture)).ShouldBe(decimal.Parse(expected, CultureInfo.InvariantCulture));

    [Fact]
    public void Reports_whose_ranges_do_not_meet_are_drawn_apart_and_an_open_range_runs_to_the_end()
    {
        var svg = Svg(RangeChart.Draw("q", "T", "D",
        [
            new RangeRow("Reuters", 177, 177, 177, "177", Outlier: true),
            new RangeRow("DW", 243, 297, 270, "around 270", Outlier: true),
            new RangeRow("Kyiv Independent", 300, null, 300, "at least 300", Outlier: false),
        ]));

        var rows = svg.Descendants(Tag("g")).Where(g => ((string?)g.Attribute("class"))?.StartsWith("row", StringComparison.Ordinal) == true).ToList();
        rows.Count.ShouldBe(3);
        rows[0].Attribute("class")!.Value.ShouldBe("row outlier");
        var exact = Band(rows[0]);
        var around = Band(rows[1]);
        (X(exact) + Width(exact)).ShouldBeLessThan(X(around), "177 and 243–297 do not overlap");
        var open = Band(rows[2]);
        open.Attribute("class")!.Value.ShouldBe("band open");
        var axis = svg.Descendants(Tag("line")).Single();
        (X(open) + Width(open)).ShouldBe(double.Parse(axis.Attribute("x2")!.Value, CultureInfo.InvariantCulture), tolerance: 0.1);
        rows[1].Elements(Tag("text")).Last().Value.ShouldBe("around 270");
    }

    [Fact]
    public void The_timeline_has_a_row_for_every_date_of_the_sample()
    {
        var home = SampleSite.Page("dates/index.html");
        var chart = Regex.Match(home, "<svg class=\"bar-chart\".*?</svg>", RegexOptions.Singleline).Value;
        var dates = Regex.Matches(home, "<ol class=\"timeline\">(.*?)</ol>", RegexOptions.Singleline).Single().Groups[1].Value;

        Regex.Matches(chart, "<g class=\"row\">").Count.ShouldBe(Regex.Matches(dates, "<li>").Count);
        chart.ShouldContain("<desc id=\"timeline-chart-desc\">Sentences per date: 2014: 2 (The Kyiv Independent 2);");
    }

    [Fact]
    public void A_timeline_of_more_dates_than_fit_is_drawn_by_month()
    {
        var (_, site) = SyntheticSite.Build(articles: 300, people: 20);
        var home = System.Text.Encoding.UTF8.GetString(site.Files.Single(f => f.Path == "index.html").Content);

        var dates = site.Files.Count(f => Regex.IsMatch(f.Path, "^dates/[0-9-]+/index.html$"));
        var chart = Regex.Match(home, "<svg class=\"bar-chart\".*?</svg>", RegexOptions.Singleline).Value;
        dates.ShouldBeGreaterThan(60, "the archive should have more dates than one chart shows");
        Regex.Matches(chart, "<g class=\"row\">").Count.ShouldBeLessThanOrEqualTo(60);
        chart.ShouldMatch("<title id=\"timeline-chart-title\">[^<]*\\(by (month|year)\\)</title>");
    }

    [Fact]
    public void A_bar_far_longer_than_the_others_is_drawn_cut_with_its_exact_number_so_the_others_stay_readable()
    {
        var rows = new List<ChartRow> { new("2022", [900, 515]) };
        rows.AddRange(Enumerable.Range(1, 12).Select(m => new ChartRow("2022-" + m, [m, 2 * m])));

        var svg = Svg(StackedBarChart.Draw("t", "T", "D", ["A", "B"], rows));
        var html = StackedBarChart.Draw("t", "T", "D", ["A", "B"], rows);

        var drawn = svg.Descendants(Tag("g")).Where(g => ((string?)g.Attribute("class"))?.StartsWith("row", StringComparison.Ordinal) == true).ToList();
        drawn[0].Attribute("class")!.Value.ShouldBe("row cut");
        drawn[0].Elements(Tag("text")).Last().Value.ShouldBe("1415");
        drawn.Skip(1).ShouldAllBe(g => g.Attribute("class")!.Value == "row");
        double BarWidth(XElement row) => row.Elements(Tag("rect")).Sum(Width);
        BarWidth(drawn[0]).ShouldBe(BarWidth(drawn[^1]) * StackedBarChart.Longest(rows) / 36.0, tolerance: 1);
        var segments = drawn[0].Elements(Tag("rect")).Select(Width).ToList();
        (segments[0] / segments[1]).ShouldBe(900.0 / 515, tolerance: 0.05, "the series keep their proportions");
        html.ShouldContain("A bar with a break is longer than drawn");
        StackedBarChart.Draw("t", "T", "D", ["A", "B"], rows.Skip(1).ToList()).ShouldNotContain("row cut");
    }

    [Fact]
    public void A_timeline_of_more_outlets_than_colours_gives_the_busiest_a_colour_each_and_the_rest_one_together()
    {
        var (content, site) = SyntheticSite.Build(articles: 300, people: 20, outlets: 16);
        var home = System.Text.Encoding.UTF8.GetString(site.Files.Single(f => f.Path == "index.html").Content);
        var legend = Regex.Match(home, "<ul class=\"legend\">(.*?)</ul>", RegexOptions.Singleline).Groups[1].Value;

        var entries = Regex.Matches(legend, "<li><span class=\"swatch series-(\\d+)\"></span>([^<]*)</li>").Select(m => (Colour: m.Groups[1].Value, Name: m.Groups[2].Value)).ToList();
        var outlets = content.Articles.Select(content.OutletName).Distinct().Count();
        outlets.ShouldBeGreaterThan(StackedBarChart.Palette, "the archive should have more outlets than colours");
        entries.Count.ShouldBe(StackedBarChart.Palette);
        entries.Select(e => e.Colour).Distinct().Count().ShouldBe(StackedBarChart.Palette, "every series a colour of its own");
        entries[^1].Name.ShouldBe("Other outlets");
    }

    [Fact]
    public void Each_reported_quantity_has_a_chart_on_the_diverging_reports_page()
    {
        var page = SampleSite.Page("diverging-reports/index.html");
        var reportLists = Regex.Matches(page, "<ol class=\"reports\">").Count;
        reportLists.ShouldBeGreaterThan(0);
        Regex.Matches(page, "<svg class=\"range-chart\"").Count.ShouldBe(reportLists);
        page.ShouldContain("<desc id=\"chart-ukrainians-held-captive-by-russia-desc\">Ukrainians held captive by Russia, as reported: ");
    }

    private static XElement Svg(string html) =>
        XElement.Parse(Regex.Match(html, "<svg.*</svg>", RegexOptions.Singleline).Value.Replace("<svg ", "<svg xmlns=\"http://www.w3.org/2000/svg\" ", StringComparison.Ordinal));

    private static XElement Band(XElement row) =>
        row.Elements(Tag("rect")).Single(r => r.Attribute("class")!.Value.StartsWith("band", StringComparison.Ordinal));

    private static XName Tag(string element) => XName.Get(element, "http://www.w3.org/2000/svg");

    private static double X(XElement rect) => double.Parse(rect.Attribute("x")!.Value, CultureInfo.InvariantCulture);

    private static double Width(XElement rect) => double.Parse(rect.Attribute("width")!.Value, CultureInfo.InvariantCulture);
}
