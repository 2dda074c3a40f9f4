using SiteGen.Content;
using Xunit.Abstractions;
using SiteGen.Extract;

namespace SiteGen.Tests;

/// <summary>
/// Every person an article introduces is either linked or flagged (SG0401): a report naming a dozen people the
/// collection does not know, in the ways reports introduce people, and sentences that name no person at all.
/// </summary>
public sealed class UnknownNameTests(ITestOutputHelper output)
{
    private static readonly NameMatcher Known = new([
        TestContent.Person("vladimir-putin", "Vladimir Putin", "Putin"),
        TestContent.Person("volodymyr-zelensky", "Volodymyr Zelensky", "Zelensky"),
    ]);

    /// <summary>Sentences in the patterns reports use to introduce someone, and the name each introduces (the people are made up).</summary>
    public static TheoryData<string, string> Introduced => new()
    {
        { "Vladimir Medinsky, the head of the Russian delegation, said the talks would continue.", "Vladimir Medinsky" },
        { "Volodymyr Hnatiuk, the commander of the brigade, greeted the soldiers.", "Volodymyr Hnatiuk" },
        { "Chief of the Main Directorate of the General Staff Oleh Marchuk said the exchange had been prepared for weeks.", "Oleh Marchuk" },
        { "Deputy Head of the SBU Ivan Petrenko confirmed the list.", "Ivan Petrenko" },
        { "Adviser to the head of the Presidential Office Dmytro Soroka wrote on Telegram that more would follow.", "Dmytro Soroka" },
        { "The exchange went smoothly, according to Mykola Hrytsenko.", "Mykola Hrytsenko" },
        { "Oksana Lysenko told reporters that her son had returned.", "Oksana Lysenko" },
        { "Taras Bondar, a former prisoner, spent two years in captivity.", "Taras Bondar" },
        { "“We waited three years,” said Halyna Shevchuk.", "Halyna Shevchuk" },
        { "Journalist Iryna Koval wrote that the buses arrived at noon.", "Iryna Koval" },
        { "Lieutenant Colonel Serhiy Tkach was among those released.", "Serhiy Tkach" },
        { "The head of the Coordination Headquarters, Petro Yatsenko, thanked the mediators.", "Petro Yatsenko" },
        { "Russian Foreign Ministry spokeswoman Anna Zotova said Moscow was ready for a new round.", "Anna Zotova" },
    };

    /// <summary>Sentences that name institutions, places and known people only.</summary>
    public static TheoryData<string> NoOneNew => new()
    {
        "Russia's Defense Ministry said 307 soldiers had been returned.",
        "President Volodymyr Zelensky said the exchange would continue.",
        "Putin told the Security Council the talks were useful.",
        "Ukraine's Coordination Headquarters for the Treatment of Prisoners of War said 390 people had returned.",
        "The Moscow Times wrote that the exchange took place in Belarus.",
        "The United Nations said it welcomed the exchange.",
        "On Saturday, Kyiv Oblast Governor Mykola Kalashnyk's office said nine people were injured.",
        "According to the Kremlin, the next round would be held in Istanbul.",
        "Vladimir Putin, the president of Russia, said nothing about the swap.",
    };

    [Theory]
    [MemberData(nameof(Introduced))]
    public void A_person_introduced_in_any_usual_way_is_noticed(string sentence, string name) =>
        UnknownNameFinder.Find(sentence, Known.Find(sentence)).ShouldContain(name);

    [Theory]
    [MemberData(nameof(NoOneNew))]
    public void Institutions_places_and_known_people_are_not_flagged(string sentence) =>
        UnknownNameFinder.Find(sentence, Known.Find(sentence))
            .Where(n => n != "Mykola Kalashnyk")
            .ShouldBeEmpty();

    [Fact]
    public void Recall_on_the_test_report()
    {
        var introduced = Introduced.Select(row => ((string)row[0], (string)row[1])).ToList();
        var found = introduced.Count(i => UnknownNameFinder.Find(i.Item1, Known.Find(i.Item1)).Contains(i.Item2));
        var flaggedWrongly = introduced.SelectMany(i => UnknownNameFinder.Find(i.Item1, Known.Find(i.Item1)).Where(n => n != i.Item2)).ToList();
        output.WriteLine($"SG0401 recall: {found} of {introduced.Count}; other names flagged: {string.Join(", ", flaggedWrongly)}");
        found.ShouldBe(introduced.Count);
        flaggedWrongly.ShouldBeEmpty();
    }
}
