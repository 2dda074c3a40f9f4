using SiteGen.Content;
using SiteGen.Extract;

namespace SiteGen.Tests;

public sealed class NameMatcherTests
{
    private static readonly Person Zelensky = TestContent.Person("volodymyr-zelensky", "Volodymyr Zelensky", "Zelensky", "Zelenskyy", "Zelenskiy", "Volodymyr Zelenskyy");
    private static readonly Person Lavrov = TestContent.Person("sergey-lavrov", "Sergey Lavrov", "Sergei Lavrov", "Lavrov");
    private static readonly NameMatcher Matcher = new([Zelensky, Lavrov]);

    [Theory]
    [InlineData("President Volodymyr Zelensky said on Telegram", "Volodymyr Zelensky")]
    [InlineData("Ukrainian President Volodymyr Zelenskyy said", "Volodymyr Zelenskyy")]
    [InlineData("Footage released by Zelenskiy’s office", "Zelenskiy")]
    [InlineData("Zelensky's remarks", "Zelensky")]
    [InlineData("Foreign Minister Sergey Lavrov said", "Sergey Lavrov")]
    [InlineData("Russian Foreign Minister Sergei Lavrov said", "Sergei Lavrov")]
    public void Finds_every_spelling_longest_first(string text, string expected)
    {
        var match = Matcher.Find(text).ShouldHaveSingleItem();
        text[match.Start..match.End].ShouldBe(expected);
    }

    [Theory]
    [InlineData("The Zelenskyyites gathered")]
    [InlineData("AntiZelensky graffiti")]
    [InlineData("zelensky in lower case")]
    public void Matches_whole_words_only(string text)
    {
        Matcher.Find(text).ShouldBeEmpty();
    }

    [Fact]
    public void Different_spellings_resolve_to_one_person()
    {
        Matcher.Find("Zelensky, Zelenskyy and Zelenskiy met Lavrov.")
            .Select(m => m.Person.Key)
            .ShouldBe(["volodymyr-zelensky", "volodymyr-zelensky", "volodymyr-zelensky", "sergey-lavrov"]);
    }
}
