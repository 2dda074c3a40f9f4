using Microsoft.CodeAnalysis;

namespace SiteGen.Generators.Tests;

/// <summary>Malformed and hostile front matter: each gets a clear diagnostic at its line, or is read safely.</summary>
public sealed class HostileInputTests
{
    [Fact]
    public void A_byte_order_mark_is_ignored()
    {
        Ids(SampleFiles.All("\uFEFF" + SampleFiles.Article)).ShouldBeEmpty();
    }

    [Fact]
    public void Windows_line_endings_are_read_like_unix_ones()
    {
        var (run, compile) = GeneratorHarness.Run(SampleFiles.All(SampleFiles.Article.Replace("\n", "\r\n")));
        run.Diagnostics.ShouldBeEmpty();
        compile.ShouldBeEmpty();
    }

    [Fact]
    public void Tabs_in_indentation_are_malformed_yaml_at_their_line()
    {
        var article = SampleFiles.Article.Replace("authors: [\"Kalika Mehta\"]", "authors:\n\t- Kalika Mehta");
        var diagnostic = Single(article, "SG0003");
        diagnostic.Location.GetLineSpan().StartLinePosition.Line.ShouldBe(7, diagnostic.ToString());
    }

    [Fact]
    public void Empty_front_matter_names_every_missing_required_field()
    {
        var ids = Ids(SampleFiles.All("---\n---\n\nBody.\n"));
        ids.Count(id => id == "SG0004").ShouldBe(5);
        ids.ShouldAllBe(id => id == "SG0004");
    }

    [Fact]
    public void A_yaml_alias_bomb_is_refused_before_it_expands()
    {
        var bomb = string.Join("\n", Enumerable.Range(0, 9).Select(i => i == 0 ? "a: &a [\"lol\",\"lol\",\"lol\"]" : $"{(char)('a' + i)}: &{(char)('a' + i)} [*{(char)('a' + i - 1)},*{(char)('a' + i - 1)},*{(char)('a' + i - 1)}]"));
        Single("---\n" + bomb + "\n---\n\nBody.\n", "SG0003").GetMessage().ShouldContain("anchors and aliases");
    }

    [Fact]
    public void Deeply_nested_brackets_are_refused_without_exhausting_the_stack()
    {
        var deep = new string('[', 100_000) + new string(']', 100_000);
        Single(SampleFiles.Article.Replace("authors: [\"Kalika Mehta\"]", "authors: " + deep), "SG0003").GetMessage().ShouldContain("nested too deeply");
    }

    [Fact]
    public void A_nul_byte_in_the_body_is_an_error_naming_its_line_and_not_the_front_matter()
    {
        var diagnostic = Single(SampleFiles.Article.Replace("A test file.", "A test\0file."), "SG0015");
        diagnostic.GetMessage().ShouldContain("NUL");
        diagnostic.GetMessage().ShouldNotContain("ront matter");
        diagnostic.Location.GetLineSpan().StartLinePosition.Line.ShouldBe(8);
    }

    [Fact]
    public void Text_that_was_not_valid_utf8_is_flagged()
    {
        var diagnostic = Single(SampleFiles.Article.Replace("A test file.", "A test \uFFFD file."), "SG0015");
        diagnostic.GetMessage().ShouldContain("not valid UTF-8");
        diagnostic.GetMessage().ShouldNotContain("ront matter");
    }

    [Fact]
    public void Lines_ended_by_a_carriage_return_alone_are_named_as_such()
    {
        var diagnostic = Single(SampleFiles.Article.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\n', '\r'), "SG0015");
        diagnostic.GetMessage().ShouldContain("carriage return alone");
        diagnostic.GetMessage().ShouldNotContain("does not start with a '---' line");
    }

    [Theory]
    [InlineData("slug: ../../x")]
    [InlineData("slug: /abs")]
    [InlineData("slug: \"😄\"")]
    [InlineData("slug: a b")]
    [InlineData("slug: con")]
    [InlineData("slug: CON")]
    [InlineData("slug: page")]
    public void Slugs_that_could_escape_or_clash_with_the_file_system_are_refused(string slug)
    {
        Single(SampleFiles.Article.Replace("slug: swap-hundreds-more-pows", slug), "SG0009");
    }

    [Theory]
    [InlineData("title: \"\\\"><svg onload=alert(1)>\"")]
    [InlineData("title: \"' onmouseover='alert(1)\"")]
    public void Markup_in_values_is_kept_as_text_for_the_templates_to_encode(string title)
    {
        Ids(SampleFiles.All(SampleFiles.Article.Replace("title: \"Ukraine, Russia swap hundreds more POWs\"", title))).ShouldBeEmpty();
    }

    private static List<string> Ids(IEnumerable<AdditionalText> files) => GeneratorHarness.Run(files).Run.Diagnostics.Select(d => d.Id).ToList();

    private static Diagnostic Single(string article, string id)
    {
        var diagnostics = GeneratorHarness.Run(SampleFiles.All(article)).Run.Diagnostics;
        diagnostics.Select(d => d.Id).ShouldBe([id], string.Join("\n", diagnostics));
        return diagnostics[0];
    }
}
