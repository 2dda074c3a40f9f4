using System.Text;
using SiteGen.Build;
using SiteGen.Content;
using SiteGen.Diagnostics;
using SiteGen.Extract;

namespace SiteGen.Tests;

/// <summary>
/// Spellings that would steal mentions: one claimed by two person files, an alias that is a month or an everyday word,
/// names that differ in Unicode form, invisible characters or look-alike letters. Built on a copy of the fixture.
/// </summary>
public sealed class PersonSpellingTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("sitegen-spellings-").FullName;

    private string Content => Path.Combine(_folder, "content");

    public PersonSpellingTests() => TestContent.CopyFolder(FixtureReport.ContentRoot, Content);

    [Fact]
    public void A_spelling_claimed_by_a_second_person_file_is_an_error_at_its_line_and_column()
    {
        var second = Person("zoya-zelenska", "name: \"Zoya Zelenska\"\naliases: [\"Zelenska\", \"Zelensky\"]\nrole: \"Test\"");

        var error = Should.Throw<SiteBuildException>(() => Build()).Errors.Single();

        error.ToString().ShouldBe($"{second}(3,23): error SG0402: 'Zelensky' (aliases) is already a spelling of Volodymyr Zelensky in people/volodymyr-zelensky.md; a spelling can lead to one person only: remove it from one of the two files, or, for a surname both share, put it in aliases_after_name of both (it then counts for the one the article has named)");
    }

    [Fact]
    public void A_month_as_an_alias_is_a_warning_saying_what_it_captures_and_aliases_after_name_keep_it_where_it_is_meant()
    {
        var file = Person("theresa-may", "name: \"Theresa May\"\naliases: [\"May\"]\nrole: \"Test\"");

        var warning = Build().Warnings.Single(w => w.Id == SiteErrorIds.AliasCapturesWords);

        warning.ToString().ShouldStartWith($"{file}(3,11): warning SG0403: the alias 'May' is also a month: every 'May' of the articles becomes a mention of Theresa May (");
        warning.Message.ShouldContain("sentences now); move it to aliases_after_name: [\"May\"]");

        File.WriteAllText(file, "---\nname: \"Theresa May\"\naliases_after_name: [\"May\"]\nrole: \"Test\"\n---\n\nA test person.\n");
        var site = Build();
        site.Warnings.ShouldNotContain(w => w.Id == SiteErrorIds.AliasCapturesWords);
        Page(site, "people/theresa-may/index.html").ShouldContain("0 mentions", customMessage: "no article names Theresa May, so no 'May' is hers");
        Page(site, "dates/2025-05-24/index.html").ShouldContain("May 24");
    }

    [Fact]
    public void An_alias_after_the_name_counts_once_the_article_has_named_the_person()
    {
        var may = TestContent.Person("theresa-may", "Theresa May") with { AliasesAfterName = ["May"] };
        var matcher = new NameMatcher([may]);
        var named = new HashSet<Person>(ReferenceEqualityComparer.Instance);

        matcher.Find("Talks resumed on May 24.", named).ShouldBeEmpty();
        matcher.Find("Theresa May arrived.", named).Single().Person.ShouldBe(may);
        matcher.Find("May said the talks went well.", named).Single().Person.ShouldBe(may);
    }

    [Fact]
    public void A_surname_two_people_share_after_their_names_is_the_one_the_article_named_and_no_one_when_it_named_both()
    {
        var vitali = TestContent.Person("vitali-klitschko", "Vitali Klitschko") with { AliasesAfterName = ["Klitschko"] };
        var wladimir = TestContent.Person("wladimir-klitschko", "Wladimir Klitschko") with { AliasesAfterName = ["Klitschko"] };
        var matcher = new NameMatcher([vitali, wladimir]);

        var named = new HashSet<Person>(ReferenceEqualityComparer.Instance);
        matcher.Find("Kyiv Mayor Vitali Klitschko wrote on Telegram.", named);
        matcher.Find("Klitschko said two people were hurt.", named).Single().Person.ShouldBe(vitali);

        matcher.Find("His brother Wladimir Klitschko was there too.", named);
        matcher.Find("Klitschko thanked the rescuers.", named).ShouldBeEmpty("the article named both: which one is not guessed");
    }

    [Fact]
    public void A_decomposed_name_and_a_name_with_an_invisible_character_inside_are_still_the_person()
    {
        var jose = TestContent.Person("jose-diaz", "José Díaz", "Díaz");
        var zelensky = TestContent.Person("volodymyr-zelensky", "Volodymyr Zelensky", "Zelensky");
        var matcher = new NameMatcher([jose, zelensky]);

        matcher.Find(ComparableText.Of("Jose\u0301 Di\u0301az said the buses left.")).Single().Person.ShouldBe(jose);
        matcher.Find(ComparableText.Of("Zelen\u200Bsky thanked the mediators.")).Single().Person.ShouldBe(zelensky);
        matcher.Find(ComparableText.Of("Zelen\u200Dsky and Zelen\u00ADsky")).Count.ShouldBe(2);
        ComparableText.Of("ب\u200Cب").ShouldBe("ب\u200Cب", "a non-joiner between Arabic letters is part of the spelling");
    }

    [Fact]
    public void A_decomposed_name_in_an_article_is_found_in_the_built_site()
    {
        var article = Path.Combine(Content, "articles", "dw-ukraine-russia-swap-hundreds-more-pows.md");
        File.AppendAllText(article, "\nPresident Volodymyr Zelen\u200Bsky said so again.\n", Encoding.UTF8);

        var site = Build();

        Page(site, "people/volodymyr-zelensky/index.html").ShouldContain("said so again");
    }

    [Fact]
    public void Two_people_whose_names_differ_only_by_look_alike_letters_are_reported()
    {
        var file = Person("volodymyr-zelensky-2", "name: \"Volodymyr Zel\u0435nsky\"\nrole: \"Test\"");

        var warning = Build().Warnings.Single(w => w.Id == SiteErrorIds.LookAlikeSpelling);

        warning.ToString().ShouldStartWith($"{file}(2,7): warning SG0404: 'Volodymyr Zel\u0435nsky' looks the same as 'Volodymyr Zelensky' of Volodymyr Zelensky (people/volodymyr-zelensky.md) but is written with other letters ('\u0435' (U+0435, Cyrillic) where the other has 'e' (U+0065, Latin))");
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private string Person(string key, string frontMatter)
    {
        var path = Path.Combine(Content, "people", key + ".md");
        File.WriteAllText(path, "---\n" + frontMatter + "\n---\n\nA test person.\n");
        return path;
    }

    private BuiltSite Build()
    {
        var read = new ContentFolderReader(Content, ReportCollections.All).Read();
        read.Content.ShouldNotBeNull(string.Join("; ", read.Problems));
        return new SiteBuilder(FixtureReport.Report.Options(cleanUrls: false), FixtureReport.Report.TemplatesRoot).BuildInMemory(read.Content);
    }

    private static string Page(BuiltSite site, string path) => Encoding.UTF8.GetString(site.Files.Single(f => f.Path == path).Content);
}
