using SiteGen.Extract;

namespace SiteGen.Tests;

public sealed class SentenceSplitterTests
{
    [Theory]
    [InlineData("Ukraine and Russia on May 23 began the largest exchange. Zelensky said 390 returned.", 2)]
    [InlineData("This development comes after continuous pressure from U.S. President Donald Trump to bring an end to the ongoing conflict.", 1)]
    [InlineData("The Vatican has been proposed as a venue by the Pope, the U.S., and Italy. However, Lavrov seemed to rule it out.", 2)]
    [InlineData("\"We are bringing our people home. The first stage has been carried out,\" Zelensky wrote. \"Today – 390 people.\"", 2)]
    [InlineData("“Tomorrow we expect more,” Zelensky wrote. “Our goal is to return each and every one of us from Russian captivity.”", 2)]
    [InlineData("It held 2.5 times more. Mr. Peskov said so.", 2)]
    [InlineData("Sybiha said on X on Saturday, May 24 at around 1 a.m. CT.", 1)]
    [InlineData("", 0)]
    public void Splits_into_sentences(string text, int count)
    {
        SentenceSplitter.Split(text).Count.ShouldBe(count);
    }

    [Fact]
    public void A_quoted_passage_stays_inside_the_sentence_that_quotes_it()
    {
        const string text = "\"In just these two days, 697 people have been brought home. We expect the process to continue tomorrow,\" Zelensky said on X. Then more.";
        var sentences = SentenceSplitter.Split(text);
        text[sentences[0]].ShouldEndWith("Zelensky said on X.");
        text[sentences[1]].ShouldBe("Then more.");
    }
}
