using SiteGen.Extract;

namespace SiteGen.Tests;

/// <summary>Figures in real sentences of the sample reports, and what must not count as one.</summary>
public sealed class FigureRecognizerTests
{
    [Theory]
    [InlineData("President Volodymyr Zelensky said on Telegram that 390 Ukrainian prisoners had been exchanged", "390", 390, null, "", "Ukrainian prisoners")]
    [InlineData("At least 8,000 Ukrainian service members are held captive by Russia", "At least 8,000", 8000, null, "at least", "Ukrainian service members")]
    [InlineData("Russia is believed to hold the larger share, with an estimated 8,000 to 10,000 Ukrainian captives.", "an estimated 8,000 to 10,000", 8000, 10000d, "an estimated", "Ukrainian captives")]
    [InlineData("with more than a dozen civilians reported injured.", "more than a dozen", 12, null, "more than", "civilians")]
    [InlineData("Russian forces have executed two Ukrainian prisoners of war during an assault", "two", 2, null, "", "Ukrainian prisoners")]
    [InlineData("Artamonov said that drone debris fell on a residential building in Yelets, injuring eight people.", "eight", 8, null, "", "people")]
    [InlineData("confirmed in April that approximately 10,000 people were held captive by Russia.", "approximately 10,000", 10000, null, "approximately", "people")]
    [InlineData("It held 2.5 times more.", "2.5", 2.5, null, "", "times")]
    [InlineData("Between 1,000-1,200 prisoners returned.", "1,000-1,200", 1000, 1200d, "", "prisoners")]
    [InlineData("Some 300 – 400 (wounded) soldiers were carried out.", "Some 300 – 400", 300, 400d, "some", "wounded")]
    [InlineData("It took 1.5—2.5 hours.", "1.5—2.5", 1.5, 2.5, "", "hours")]
    [InlineData("Only ONE drone was shot down.", "Only ONE", 1, null, "only", "drone")]
    [InlineData("They counted 390-strong columns.", "390", 390, null, "", "strong columns")]
    public void Finds_value_qualifier_and_what_it_counts(string sentence, string text, double value, double? high, string qualifier, string counted)
    {
        var figure = FigureRecognizer.Find(sentence, []).ShouldHaveSingleItem();
        sentence[figure.Start..figure.End].ShouldBe(text);
        figure.Value.ShouldBe((decimal)value);
        figure.High.ShouldBe(high is { } h ? (decimal)h : null);
        figure.Qualifier.ShouldBe(qualifier);
        figure.Counted.ShouldBe(counted);
    }

    [Fact]
    public void Two_figures_in_one_sentence()
    {
        var figures = FigureRecognizer.Find("Russia's Defense Ministry said that 270 soldiers and 120 civilians had returned to Russia", []);
        figures.Select(f => (f.Value, f.Counted)).ShouldBe([(270m, "soldiers"), (120m, "civilians")]);
    }

    [Theory]
    [InlineData("since the start of Russia's war in 2014")]
    [InlineData("working 24/7 to bring Ukrainian men and women back home")]
    [InlineData("A Russian Mi-8 combat helicopter crashed near the village of Naryshkino")]
    [InlineData("said on X on Saturday, May 24 at around 1 a.m. CT.")]
    [InlineData("after the 1,000-for-1,000 exchange is completed")]
    [InlineData("The first stage of the '1000-for-1000' exchange agreement has been carried out")]
    [InlineData("It is one of the few areas of cooperation.")]
    [InlineData("One woman, identifying herself as Yana, said no one had any news of her husband.")]
    [InlineData("“I can’t believe I’m home,” one man said.")]
    [InlineData("Footage showed one released serviceman in tears.")]
    [InlineData("The code was 12345678901234567890123456789012345678901234567890 digits long.")]
    [InlineData("Between 99999999999999999999999999999999 to 999999999999999999999999999999999999 drones.")]
    public void Finds_no_figure_in(string sentence)
    {
        var taken = DateRecognizer.Find(sentence, new DateOnly(2025, 5, 24)).Select(d => (d.Start, d.End)).ToList();
        FigureRecognizer.Find(sentence, taken).ShouldBeEmpty();
    }

    [Theory]
    [InlineData("Air defenses downed 112 drones, including 24 over Moscow and one over Lipetsk Oblast.", "one")]
    [InlineData("Fragments from one drone hit an apartment block, with at least two requiring hospital treatment.", "one")]
    [InlineData("Only one prisoner was left behind.", "Only one")]
    public void One_counts_beside_other_figures_or_with_a_qualifier(string sentence, string text)
    {
        var figures = FigureRecognizer.Find(sentence, []);
        figures.Select(f => sentence[f.Start..f.End]).ShouldContain(text);
    }
}
