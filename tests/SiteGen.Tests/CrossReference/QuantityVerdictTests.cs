using SiteGen.Content;
using SiteGen.CrossReference;
using SiteGen.Extract;

namespace SiteGen.Tests;

/// <summary>
/// How reports of one quantity are judged, from real sentences: the sample's three quantities whose verdicts a reader
/// would question, and a case of each verdict of our own.
/// </summary>
public sealed class QuantityVerdictTests
{
    private static readonly DateOnly May23 = new(2025, 5, 23);
    private static readonly DateOnly May24 = new(2025, 5, 24);

    [Fact]
    public void Two_counts_of_a_running_total_at_different_times_are_a_series_not_a_conflict()
    {
        var executed = Quantity(["execution of", "executing"], ["soldiers", "prisoners"], cumulative: true);

        var comparison = Compare(executed,
            ("As of mid-December 2024, Ukrainian authorities recorded the execution of 177 Ukrainian soldiers after capture.", May23),
            ("Ukraine’s Prosecutor General accused Russia of executing around 270 Ukrainian prisoners since February 2022.", May23));

        comparison.Verdict.ShouldBe(QuantityVerdict.Series);
        comparison.Reports.Select(r => r.Date.Key).ShouldBe(["2024-12", "2025-05-23"], "\"since February 2022\" is where the count starts: it describes the article's day");
        comparison.Reports.Select(r => r.Mention.Figure.Value).ShouldBe([177m, 270m], "in time order");
        comparison.Reports.ShouldAllBe(r => !comparison.IsOutlier(r));
    }

    [Fact]
    public void Fifteen_at_least_fifteen_and_more_than_a_dozen_are_consistent()
    {
        var injured = Quantity(["injured"], ["people", "civilians"]);

        var comparison = Compare(injured,
            ("The news came hours after Kyiv came under a large-scale Russian drone and missile attack on Saturday morning that left at least 15 people injured, according to local officials.", May24),
            ("Saturday’s release took place a few hours after the Ukrainian capital was rocked by an overnight Russian bombardment, in which 15 people were injured.", May24),
            ("Kyiv was targeted by a massive drone and missile strike overnight on May 24, with more than a dozen civilians reported injured.", May24));

        comparison.Reports.Count.ShouldBe(3);
        comparison.Verdict.ShouldBe(QuantityVerdict.Consistent);
        comparison.Diverges.ShouldBeFalse();
    }

    [Fact]
    public void At_least_8000_and_approximately_10000_differ_and_the_spread_says_how_far_apart()
    {
        var captives = Quantity(["held captive by Russia", "Ukrainian captives"], ["service members", "people", "captives"]);

        var comparison = Compare(captives,
            ("At least 8,000 Ukrainian service members are held captive by Russia, Iryna Vereshchuk said on May 1.", May23),
            ("Ukrainian Ombudsman Artur Dobroserdov confirmed in April that approximately 10,000 people were held captive by Russia.", May23),
            ("Russia is believed to hold the larger share, with an estimated 8,000 to 10,000 Ukrainian captives.", May24));

        comparison.Verdict.ShouldBe(QuantityVerdict.Differ, "a level is compared across April and May: only a running total makes a series");
        comparison.Diverges.ShouldBeTrue();
        var spread = comparison.Times.Single().Spread;
        (spread.Low, spread.High, spread.GapPercent).ShouldBe((8000m, 10000m, 25));
        spread.Lowest.Mention.Text.ShouldBe("At least 8,000");
        spread.Highest.Mention.Text.ShouldBe("approximately 10,000");
    }

    [Fact]
    public void The_same_number_with_the_same_qualifier_agrees()
    {
        var returned = Quantity(["first phase"], ["prisoners"]);

        var comparison = Compare(returned,
            ("In the first phase, each side released 390 prisoners.", May23),
            ("The first phase saw 390 prisoners freed on each side.", May24));

        comparison.Verdict.ShouldBe(QuantityVerdict.Agree);
    }

    [Fact]
    public void Ranges_that_cannot_meet_conflict_and_the_report_that_fits_no_other_is_marked()
    {
        var returned = Quantity(["second day"], ["prisoners"]);

        var comparison = Compare(returned,
            ("On the second day, Russia returned 307 prisoners.", May24),
            ("On the second day, 307 prisoners came home.", May24),
            ("On the second day, more than 390 prisoners were exchanged.", May24));

        comparison.Verdict.ShouldBe(QuantityVerdict.Conflict);
        comparison.Reports.Where(comparison.IsOutlier).Select(r => r.Mention.Text).ShouldBe(["more than 390"]);
    }

    [Theory]
    [InlineData("more than 15", "15", nameof(QuantityVerdict.Conflict))]
    [InlineData("at least 15", "15", nameof(QuantityVerdict.Consistent))]
    [InlineData("fewer than 15", "15", nameof(QuantityVerdict.Conflict))]
    [InlineData("nearly 300", "280", nameof(QuantityVerdict.Differ))]
    [InlineData("nearly 300", "250", nameof(QuantityVerdict.Conflict))]
    [InlineData("about 300", "320", nameof(QuantityVerdict.Differ))]
    [InlineData("about 300", "340", nameof(QuantityVerdict.Conflict))]
    [InlineData("up to 300", "10", nameof(QuantityVerdict.Differ))]
    [InlineData("some 300", "about 300", nameof(QuantityVerdict.Agree))]
    public void Each_qualifier_allows_the_values_it_says(string first, string second, string expected)
    {
        var detained = Quantity(["detained"], ["people"]);

        var comparison = Compare(detained, ($"Police said {first} people were detained.", May24), ($"Officials said {second} people were detained.", May24));

        comparison.Verdict.ToString().ShouldBe(expected);
    }

    [Fact]
    public void Reports_of_a_running_total_at_the_same_time_are_compared_with_each_other()
    {
        var executed = Quantity(["executed"], ["prisoners"], cumulative: true);

        var comparison = Compare(executed,
            ("By March 2024, 32 prisoners had been executed.", May23),
            ("As of mid-December 2024, 177 prisoners had been executed, officials said.", May23),
            ("In December 2024, 190 prisoners had been executed, a rights group said.", May24));

        comparison.Times.Select(t => (t.Time.Key, t.Verdict)).ShouldBe([("2024-03", QuantityVerdict.OneReport), ("2024-12", QuantityVerdict.Conflict)]);
        comparison.Verdict.ShouldBe(QuantityVerdict.Conflict);
    }

    [Fact]
    public void A_single_report_and_none_are_said_as_such()
    {
        var quantity = Quantity(["detained"], ["people"]);

        Compare(quantity, ("Police said 40 people were detained.", May24)).Verdict.ShouldBe(QuantityVerdict.OneReport);
        Compare(quantity).Verdict.ShouldBe(QuantityVerdict.NoReport);
    }

    private static Quantity Quantity(string[] terms, string[] counts, bool cumulative = false) => new()
    {
        Key = "q",
        File = new ContentFile("quantities/q.md", 1, string.Empty),
        Name = "Q",
        Unit = "people",
        Terms = terms,
        Counts = counts,
        Cumulative = cumulative,
    };

    /// <summary>Each sentence in an article of its own, published on its date, analysed as a build does.</summary>
    private static QuantityComparison Compare(Quantity quantity, params (string Sentence, DateOnly Published)[] sentences)
    {
        var analyzer = new SentenceAnalyzer(new NameMatcher([]));
        var figures = new List<FigureMention>();
        var dates = new List<DateMention>();
        for (var i = 0; i < sentences.Length; i++)
        {
            var (text, published) = sentences[i];
            var article = TestContent.Article with { Key = "a" + i, Slug = "a" + i, Date = published };
            var sentence = new SentenceRef(article, "s-1", text, 1, 0);
            var facts = analyzer.Analyze(text, article);
            dates.AddRange(facts.Dates.Select(d => new DateMention(d.Value, sentence, d.Start, d.End - d.Start)));
            figures.AddRange(facts.Figures.Select(f => new FigureMention(f, sentence, f.Start, f.End - f.Start)));
        }

        return QuantityComparison.Of(quantity, new QuantityReportFinder([quantity]).Find(figures, dates, []));
    }
}
