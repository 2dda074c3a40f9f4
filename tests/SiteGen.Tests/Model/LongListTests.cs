namespace SiteGen.Tests.Model;

/// <summary>Every page of a long list is bounded, the first too: it adds a summary of a fixed size to its share.</summary>
public sealed class LongListTests
{
    [Fact]
    public void The_first_page_of_a_person_one_article_names_3000_times_is_about_the_size_of_the_others()
    {
        var report = new OneLongArticle(3_000);

        var first = report.PersonPageNumber(1).Length;
        var second = report.PersonPageNumber(2).Length;

        first.ShouldBeLessThan((second * 3 / 2) + 20_000, $"page 1 is {first:N0} bytes, page 2 {second:N0}");
    }
}
