using SiteGen.CrossReference;
using SiteGen.Extract;

namespace SiteGen.Tests;

/// <summary>One quote, every outlet's wording: the same statement reported by several outlets is one statement, its differing words marked.</summary>
public sealed class SameStatementTests
{
    private static readonly Content.Person Zelensky = TestContent.Person("volodymyr-zelensky", "Volodymyr Zelensky");

    [Fact]
    public void The_same_words_in_two_reports_are_one_statement_with_nothing_marked()
    {
        var statement = Group("Tomorrow we expect more", "Tomorrow we expect more").ShouldHaveSingleItem();

        statement.Wordings.Count.ShouldBe(2);
        statement.Wordings.ShouldAllBe(w => w.Differs.Count == 0);
    }

    [Fact]
    public void Two_translations_of_one_statement_are_one_statement_with_the_words_that_differ_marked()
    {
        const string own = "Among those who returned today are warriors from our Armed Forces, the State Border Service, and the National Guard of Ukraine";
        const string dw = "Among those who returned today are soldiers from our army, the State Border Service, and the National Guard of Ukraine";

        var statement = Group(own, dw).ShouldHaveSingleItem();

        Marked(statement.Wordings[0]).ShouldBe(["warriors", "Armed Forces"]);
        Marked(statement.Wordings[1]).ShouldBe(["soldiers", "army"]);
    }

    [Fact]
    public void A_quote_cut_shorter_is_the_same_statement_and_where_it_stops_is_no_difference()
    {
        var statement = Group(
            "In just these two days, 697 people have been brought home",
            "In just these two days, 697 people have been brought home. We expect the process to continue tomorrow").ShouldHaveSingleItem();

        statement.Wordings.ShouldAllBe(w => w.Differs.Count == 0);
    }

    [Fact]
    public void Digit_grouping_and_case_are_not_differences()
    {
        var statement = Group(
            "The agreement on the release of 1,000 of our people was almost the only real result",
            "the agreement on the release of 1000 of our people was almost the only real result").ShouldHaveSingleItem();

        statement.Wordings.ShouldAllBe(w => w.Differs.Count == 0);
    }

    [Fact]
    public void Different_statements_stay_apart_in_the_order_first_reported()
    {
        var statements = Group(
            "We are bringing our people home",
            "Tomorrow we expect more",
            "It is very important to return everyone who remains in captivity",
            "Tomorrow we expect more");

        statements.Select(s => s.Wordings.Count).ShouldBe([1, 2, 1]);
        statements[1].Wordings[0].Quote.Quote.ShouldBe("Tomorrow we expect more");
    }

    private static IReadOnlyList<Statement> Group(params string[] quotes) =>
        SameStatement.Group(quotes.Select((q, i) =>
            new QuoteMention(Zelensky, new SentenceRef(TestContent.Article with { Slug = "a" + i }, "s-1", "“" + q + ",” Zelensky said.", 1, 0), q)).ToList());

    private static List<string> Marked(OutletWording wording) =>
        wording.Differs.Select(d => wording.Quote.Quote.Substring(d.Start, d.Length)).ToList();
}
