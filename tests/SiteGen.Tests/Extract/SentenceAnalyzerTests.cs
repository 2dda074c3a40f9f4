using SiteGen.Content;
using SiteGen.CrossReference;
using SiteGen.Extract;

namespace SiteGen.Tests;

/// <summary>Quotes, unknown names and attribution, found in whole sentences of the sample reports.</summary>
public sealed class SentenceAnalyzerTests
{
    private static readonly Person Zelensky = TestContent.Person("volodymyr-zelensky", "Volodymyr Zelensky", "Zelensky", "Zelenskyy");
    private static readonly Person Vereshchuk = TestContent.Person("iryna-vereshchuk", "Iryna Vereshchuk", "Vereshchuk");
    private static readonly SentenceAnalyzer Analyzer = new(new NameMatcher([Zelensky, Vereshchuk]));
    private static readonly DateOnly Published = new(2025, 5, 23);

    [Fact]
    public void A_quote_is_attributed_to_the_person_who_says_it()
    {
        var facts = Analyzer.Analyze("\"We are bringing our people home. The first stage of the '1000-for-1000' exchange agreement has been carried out,\" Zelensky wrote.", Published);
        var quote = facts.Quotes.ShouldHaveSingleItem();
        quote.Speaker.ShouldBe(Zelensky);
        quote.Quote.ShouldBe("We are bringing our people home. The first stage of the '1000-for-1000' exchange agreement has been carried out");
    }

    [Theory]
    [InlineData("The first stage of the exchange took place on May 23, a Friday, at the border with Belarus.")]
    [InlineData("Ukraine and Russia agreed in May to swap 1,000 prisoners each.")]
    public void Words_read_as_a_date_are_not_also_a_name_whatever_a_persons_aliases(string sentence)
    {
        var theresa = TestContent.Person("theresa-may", "Theresa May", "May");
        var analyzer = new SentenceAnalyzer(new NameMatcher([theresa, Zelensky]));

        var facts = analyzer.Analyze(sentence, Published);

        facts.Dates.ShouldNotBeEmpty();
        facts.People.ShouldBeEmpty();
    }

    [Fact]
    public void A_name_beside_a_date_is_still_read_as_a_name()
    {
        var theresa = TestContent.Person("theresa-may", "Theresa May", "May");
        var analyzer = new SentenceAnalyzer(new NameMatcher([theresa, Zelensky]));

        var facts = analyzer.Analyze("On May 24 Zelensky thanked Theresa May for her support.", Published);

        facts.Dates.ShouldHaveSingleItem();
        facts.People.Select(p => p.Person).ShouldBe([Zelensky, theresa]);
    }

    [Fact]
    public void A_full_name_that_ends_in_a_month_is_a_name()
    {
        var theresa = TestContent.Person("theresa-may", "Theresa May", "May");
        var analyzer = new SentenceAnalyzer(new NameMatcher([theresa, Zelensky]));

        var facts = analyzer.Analyze("Former prime minister Theresa May thanked Zelensky.", Published);

        facts.People.Select(p => p.Person).ShouldBe([theresa, Zelensky]);
        facts.Dates.ShouldBeEmpty();
    }

    [Fact]
    public void A_name_inside_the_quote_is_not_the_speaker()
    {
        Analyzer.Analyze("He said: \"Zelensky will not attend the talks this week.\"", Published).Quotes.ShouldBeEmpty();
    }

    [Theory]
    [InlineData("Serviceman Dmytro Havrylenko held his son, and his mother, in a very long embrace.", "Dmytro Havrylenko")]
    [InlineData("Kyiv Mayor Vitali Klitschko took to Telegram.", "Vitali Klitschko")]
    [InlineData("Andrii Sybiha said on X that buildings were damaged.", "Andrii Sybiha")]
    public void Unknown_person_like_names_are_reported(string sentence, string name)
    {
        Analyzer.Analyze(sentence, Published).UnknownNames.ShouldBe([name]);
    }

    [Theory]
    [InlineData("President Volodymyr Zelensky said on Telegram that 390 Ukrainian prisoners had been exchanged.")]
    [InlineData("Russia's Defense Ministry said that 270 soldiers and 120 civilians had returned to Russia.")]
    [InlineData("The Moscow Military District attributed the crash to a technical malfunction.")]
    public void Known_people_and_institutions_are_not_reported(string sentence)
    {
        Analyzer.Analyze(sentence, Published).UnknownNames.ShouldBeEmpty();
    }

    [Theory]
    [InlineData("At least 8,000 Ukrainian service members are held captive by Russia, Iryna Vereshchuk, Presidential Office deputy head, said on May 1.", "Iryna Vereshchuk")]
    [InlineData("Russia's Defense Ministry said that 270 soldiers and 120 civilians had returned.", "Russia's Defense Ministry")]
    [InlineData("Russia is also illegally detaining at least 16,000 Ukrainian civilians, of whom only 174 have returned, according to Lubinets.", "Lubinets")]
    public void Attribution_names_the_source(string sentence, string source)
    {
        var names = new NameMatcher([Zelensky, Vereshchuk]);
        Attribution.Of(sentence, names.Find(sentence).Select(m => m.Person).FirstOrDefault()).ShouldBe(source);
    }

    [Fact]
    public void Names_dates_and_figures_do_not_overlap()
    {
        var facts = Analyzer.Analyze("At least 8,000 Ukrainian service members are held captive by Russia, Vereshchuk said on May 1.", Published);
        facts.People.ShouldHaveSingleItem().Person.ShouldBe(Vereshchuk);
        facts.Dates.ShouldHaveSingleItem().Value.Key.ShouldBe("2025-05-01");
        facts.Figures.ShouldHaveSingleItem().Value.ShouldBe(8000);
    }
}
