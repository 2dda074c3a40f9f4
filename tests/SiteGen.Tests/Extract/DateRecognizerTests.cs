using SiteGen.Extract;

namespace SiteGen.Tests;

/// <summary>Dates in real sentences of the sample reports, and the tricky cases around them.</summary>
public sealed class DateRecognizerTests
{
    private static readonly DateOnly Friday23 = new(2025, 5, 23);
    private static readonly DateOnly Saturday24 = new(2025, 5, 24);

    [Theory]
    [InlineData("Ukraine and Russia on May 23 began the largest exchange of prisoners of war", "May 23", "2025-05-23", "day")]
    [InlineData("Ukrainian Ombudsman Artur Dobroserdov confirmed in April that approximately 10,000 people were held captive", "April", "2025-04", "month")]
    [InlineData("the largest exchange of prisoners of war (POWs) since the start of Russia's war in 2014", "2014", "2014", "year")]
    [InlineData("As of mid-December 2024, Ukrainian authorities recorded the execution of 177 Ukrainian soldiers after capture.", "mid-December 2024", "2024-12", "month")]
    [InlineData("accused Russia of executing around 270 Ukrainian prisoners since February 2022.", "February 2022", "2022-02", "month")]
    [InlineData("in an undisclosed location in Ukraine, May 23, 2025.", "May 23, 2025", "2025-05-23", "day")]
    [InlineData("More exchanges are set to occur on Sunday, May 25, Zelenskyy said", "Sunday, May 25", "2025-05-25", "day")]
    [InlineData("Zelenskiy said on X Saturday,May 24.", "Saturday,May 24", "2025-05-24", "day")]
    [InlineData("The talks began 23 May 2025 in Istanbul.", "23 May 2025", "2025-05-23", "day")]
    [InlineData("missing since Ukrainian forces launched an incursion into Russia’s Kursk region last year.", "last year", "2024", "year")]
    [InlineData("including some captured in the Kursk region during Ukraine’s mid-2024 offensive.", "2024", "2024", "year")]
    [InlineData("The exchange ended on Sunday, 25 May.", "Sunday, 25 May", "2025-05-25", "day")]
    [InlineData("Talks resumed on May 24th in Istanbul.", "May 24th", "2025-05-24", "day")]
    [InlineData("Prisoners were moved in early-March 2023, the ministry said.", "early-March 2023", "2023-03", "month")]
    [InlineData("The prisoners were captured in November.", "November", "2024-11", "month")]
    [InlineData("The ministry said yesterday that 390 had returned.", "yesterday", "2025-05-22", "day")]
    [InlineData("Talks may resume NEXT YEAR.", "NEXT YEAR", "2026", "year")]
    public void Finds_and_normalises(string sentence, string text, string key, string precision)
    {
        var date = DateRecognizer.Find(sentence, Friday23).ShouldHaveSingleItem();
        sentence[date.Start..date.End].ShouldBe(text);
        date.Value.Key.ShouldBe(key);
        date.Value.PrecisionName.ShouldBe(precision);
    }

    /// <summary>Weekdays as reports write them, each resolved from the day the report is dated.</summary>
    [Theory]
    [InlineData("2025-05-25", "Further releases were expected on Sunday, officials said.", "2025-05-25")]
    [InlineData("2025-05-25", "The exchange ended on Sunday with 303 more prisoners returned.", "2025-05-25")]
    [InlineData("2025-05-25", "The next round of talks is planned for next Sunday.", "2025-06-01")]
    [InlineData("2025-05-25", "The first 390 prisoners came home on Friday.", "2025-05-23")]
    [InlineData("2025-05-24", "Ukraine and Russia swapped 307 prisoners on Saturday.", "2025-05-24")]
    [InlineData("2025-05-24", "More exchanges are expected on Sunday, Zelensky said.", "2025-05-25")]
    [InlineData("2025-05-24", "Talks will resume on Monday.", "2025-05-26")]
    [InlineData("2025-05-24", "Zelensky said on Thursday that the exchange was ready.", "2025-05-22")]
    [InlineData("2025-05-23", "The second stage is scheduled for Friday evening.", "2025-05-23")]
    public void A_weekday_is_the_day_its_report_means(string published, string sentence, string key) =>
        DateRecognizer.Find(sentence, DateOnly.Parse(published, System.Globalization.CultureInfo.InvariantCulture)).ShouldHaveSingleItem().Value.Key.ShouldBe(key);

    [Theory]
    [InlineData("Russian and Ukrainian officials held face-to-face negotiations in Istanbul last week for the first time since 2022.", "last week", "2025-05")]
    [InlineData("He expressed hope that the exchange would continue over the weekend.", "over the weekend", "2025-05-24")]
    [InlineData("Both sides plan a further exchange next weekend.", "next weekend", "2025-05-31")]
    [InlineData("The bodies were returned last weekend.", "last weekend", "2025-05-17")]
    [InlineData("Talks were held earlier this week in Istanbul.", "earlier this week", "2025-05")]
    [InlineData("They will meet again next week.", "next week", "2025-05")]
    public void Weeks_and_weekends(string sentence, string text, string key)
    {
        var date = DateRecognizer.Find(sentence, Friday23).First();
        sentence[date.Start..date.End].ShouldBe(text);
        date.Value.Key.ShouldBe(key);
    }

    [Theory]
    [InlineData("0001-01-01", "The swap took place on Sunday.")]
    [InlineData("9999-12-31", "The swap takes place tomorrow.")]
    [InlineData("0001-01-15", "Talks began in May.")]
    [InlineData("9999-12-31", "Talks go on next year.")]
    public void An_article_dated_at_the_calendars_ends_has_no_dates_rather_than_dates_outside_it(string published, string sentence)
    {
        DateRecognizer.Find(sentence, DateOnly.Parse(published, System.Globalization.CultureInfo.InvariantCulture)).ShouldBeEmpty();
        DateRecognizer.Find("Three days later, they met.", new DateOnly(2025, 5, 24), previous: DateOnly.Parse(published, System.Globalization.CultureInfo.InvariantCulture)).ShouldBeEmpty();
    }

    [Fact]
    public void Days_later_count_from_the_last_day_named()
    {
        var date = DateRecognizer.Find("Three days later, Foreign Minister Sergey Lavrov said Russia would only submit the draft.", Friday23, previous: new DateOnly(2025, 5, 20))
            .ShouldHaveSingleItem();
        date.Value.Key.ShouldBe("2025-05-23");
        DateRecognizer.Find("Three days later, Lavrov spoke.", Friday23).ShouldBeEmpty();
    }

    [Theory]
    [InlineData("A dozen days earlier, the lists were exchanged.", "2025-05-08")]
    [InlineData("12 days before, the lists were exchanged.", "2025-05-08")]
    [InlineData("Two DAYS AFTER that, the talks began.", "2025-05-22")]
    public void Days_before_and_after_in_words_or_digits(string sentence, string key) =>
        DateRecognizer.Find(sentence, Friday23, previous: new DateOnly(2025, 5, 20)).ShouldHaveSingleItem().Value.Key.ShouldBe(key);

    [Fact]
    public void Weekdays_in_a_report_are_the_past_ones()
    {
        var date = DateRecognizer.Find("On Friday, Ukraine's president and Russia's Defense Ministry said they had each handed over 390 POWs.", Saturday24).ShouldHaveSingleItem();
        date.Value.Key.ShouldBe("2025-05-23");
    }

    [Fact]
    public void Weekdays_after_we_expect_are_upcoming()
    {
        var dates = DateRecognizer.Find("On Saturday and Sunday, we expect the exchange to continue.", Friday23);
        dates.Select(d => d.Value.Key).ShouldBe(["2025-05-24", "2025-05-25"]);
    }

    [Fact]
    public void The_publication_weekday_is_the_day_itself()
    {
        DateRecognizer.Find("Russia and Ukraine exchanged 307 POWs from each country on Saturday.", Saturday24)
            .ShouldHaveSingleItem().Value.Key.ShouldBe("2025-05-24");
    }

    [Theory]
    [InlineData("keep you informed 24 hours a day, seven days a week")]
    [InlineData("working 24/7 to bring Ukrainian men and women back home")]
    [InlineData("A Russian Mi-8 combat helicopter crashed")]
    [InlineData("They may meet again.")]
    [InlineData("The 1,000-for-1,000 exchange is completed.")]
    public void Finds_no_date_where_there_is_none(string sentence)
    {
        DateRecognizer.Find(sentence, Friday23).ShouldBeEmpty();
    }
}
