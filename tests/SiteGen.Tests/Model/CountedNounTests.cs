using SiteGen.Model;

namespace SiteGen.Tests;

/// <summary>What a figure counts, singular and plural as one, as the figure page groups its mentions.</summary>
public sealed class CountedNounTests
{
    [Theory]
    [InlineData("casualties", "casualties in the strike", "casualty")]
    [InlineData("years", "year", "year")]
    [InlineData("people", "person", "person")]
    [InlineData("prisoners of war", "prisoner", "prisoner")]
    [InlineData("Ukrainian soldiers", "soldiers", "soldier")]
    [InlineData("buses", "bus", "bus")]
    [InlineData("cities", "city", "city")]
    [InlineData("children", "child", "child")]
    public void Singular_and_plural_of_what_is_counted_are_one_key(string one, string other, string key)
    {
        CountedNoun.KeyOf(one).ShouldBe(key);
        CountedNoun.KeyOf(other).ShouldBe(key);
    }

    [Theory]
    [InlineData("news")]
    [InlineData("series")]
    [InlineData("gas")]
    [InlineData("bus")]
    public void A_word_that_is_not_a_plural_keeps_its_s(string word)
    {
        CountedNoun.KeyOf(word).ShouldBe(word);
    }

    [Fact]
    public void A_figure_that_does_not_say_what_it_counts_has_no_key()
    {
        CountedNoun.KeyOf("requiring hospital treatment").ShouldBeEmpty();
        CountedNoun.KeyOf(string.Empty).ShouldBeEmpty();
    }
}
