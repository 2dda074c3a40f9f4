using SiteGen.Content;
using SiteGen.Diagnostics;

namespace SiteGen.Tests;

public sealed class ContentScaffoldTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("sitegen-new-").FullName;

    [Fact]
    public void A_new_article_is_named_after_its_title_and_has_the_front_matter_it_needs()
    {
        var path = new ContentScaffold(_root).NewArticle("Kyiv: “Résumé” of the 1,000-for-1,000 swap!", new DateOnly(2025, 5, 25));

        path.ShouldBe(Path.Combine(_root, "articles", "kyiv-resume-of-the-1000-for-1000-swap.md"));
        var text = File.ReadAllText(path);
        text.ShouldStartWith("---\ntitle: \"Kyiv: “Résumé” of the 1,000-for-1,000 swap!\"\nslug: kyiv-resume-of-the-1000-for-1000-swap\ndate: 2025-05-25\n");
        text.ShouldContain("summary: \"\"");
        text.ShouldContain("source: \"\"");
    }

    [Fact]
    public void A_long_title_gives_a_file_name_cut_at_a_word_and_keeps_the_whole_title()
    {
        var title = string.Concat(Enumerable.Repeat("Ukraine and Russia exchange prisoners of war in Belarus ", 8)).Trim();

        var path = new ContentScaffold(_root).NewArticle(title, new DateOnly(2025, 5, 23));

        var slug = Path.GetFileNameWithoutExtension(path);
        slug.Length.ShouldBeLessThanOrEqualTo(ContentScaffold.LongestSlug);
        slug.ShouldStartWith("ukraine-and-russia-exchange-prisoners-of-war-in-belarus-ukraine");
        ("ukraine-and-russia-exchange-prisoners-of-war-in-belarus-" + "ukraine-and-russia-exchange-prisoners-of-war-in-belarus").ShouldStartWith(slug + "-", customMessage: "cut at a word");
        File.ReadAllText(path).ShouldContain("title: \"" + title + "\"");
    }

    [Fact]
    public void An_existing_file_is_never_overwritten()
    {
        var scaffold = new ContentScaffold(_root);
        var path = scaffold.NewPerson("Vitali Klitschko");
        File.WriteAllText(path, "precious");

        var error = Should.Throw<SiteBuildException>(() => scaffold.NewPerson("Vitali Klitschko")).Errors.ShouldHaveSingleItem();

        error.Id.ShouldBe(SiteErrorIds.ContentExists);
        error.Path.ShouldBe(path);
        File.ReadAllText(path).ShouldBe("precious");
    }

    [Fact]
    public void A_title_without_letters_is_refused()
    {
        Should.Throw<SiteBuildException>(() => new ContentScaffold(_root).NewOutlet("😄")).Errors.ShouldHaveSingleItem().Message.ShouldContain("no letters or digits");
    }

    public void Dispose() => Directory.Delete(_root, recursive: true);
}
