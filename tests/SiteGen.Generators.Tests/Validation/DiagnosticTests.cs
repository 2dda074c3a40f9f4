using Microsoft.CodeAnalysis;

namespace SiteGen.Generators.Tests;

/// <summary>One test per diagnostic: the id, the file, the line and column of the offending front matter, and advice in the message.</summary>
public sealed class DiagnosticTests
{
    private const string ArticlePath = "articles/swap-hundreds-more-pows.md";

    [Fact]
    public void SG0001_file_without_front_matter()
    {
        var diagnostic = Single(Article("title: no fences\n\nBody."), "SG0001");
        At(diagnostic, ArticlePath, 1, 1);
        diagnostic.GetMessage().ShouldContain("begin it with front matter between two '---' lines");
    }

    [Fact]
    public void SG0002_front_matter_never_closed()
    {
        var diagnostic = Single(Article("---\ntitle: open\nslug: open\n\nBody."), "SG0002");
        At(diagnostic, ArticlePath, 1, 1);
        diagnostic.GetMessage().ShouldContain("add a '---' line after the last field");
    }

    [Fact]
    public void SG0003_yaml_that_does_not_parse()
    {
        var diagnostic = Single(Article(SampleFiles.Article.Replace("title: \"Ukraine, Russia swap hundreds more POWs\"", "title: \"Ukraine, Russia\n  swap: [")), "SG0003");
        diagnostic.Location.GetLineSpan().Path.ShouldBe(GeneratorHarness.PathOf(ArticlePath));
        diagnostic.Location.GetLineSpan().StartLinePosition.Line.ShouldBeGreaterThanOrEqualTo(1);
        diagnostic.GetMessage().ShouldContain("check quotes, colons and indentation");
    }

    [Fact]
    public void SG0003_duplicate_key_points_at_the_second_one()
    {
        var diagnostic = Single(Article(SampleFiles.Article.Replace("source: \"A test file.\"", "source: \"A test file.\"\ntitle: \"Again\"")), "SG0003");
        At(diagnostic, ArticlePath, 10, 1);
        diagnostic.GetMessage().ShouldContain("the key 'title' is given twice (first on line 2)");
    }

    [Fact]
    public void SG0003_yaml_aliases_are_refused()
    {
        var diagnostic = Single(Article(SampleFiles.Article.Replace("authors: [\"Kalika Mehta\"]", "authors: &a [\"Kalika Mehta\"]\nsource_copy: *a")), "SG0003");
        At(diagnostic, ArticlePath, 7, 10);
        diagnostic.GetMessage().ShouldContain("anchors and aliases");
    }

    [Fact]
    public void SG0004_missing_required_field_points_at_the_opening_fence()
    {
        var diagnostic = Single(Article(SampleFiles.Article.Replace("summary: \"307 more prisoners of war are swapped.\"\n", string.Empty)), "SG0004");
        At(diagnostic, ArticlePath, 1, 1);
        diagnostic.GetMessage().ShouldBe("Required field 'summary' is missing from this article; add a line 'summary: …' to the front matter");
    }

    [Theory]
    [InlineData("date: 2025-05-24", "date: 24 May 2025", 4, 7, "is not a date: '24 May 2025'; write it as YYYY-MM-DD")]
    [InlineData("date: 2025-05-24", "date: 2024-02-30", 4, 7, "is not a real calendar date")]
    [InlineData("date: 2025-05-24", "date: 12/11/2024", 4, 7, "is not a date")]
    [InlineData("date: 2025-05-24", "date: 0001-01-01", 4, 7, "is outside the years SiteGen dates reports in (1000 to 9998)")]
    [InlineData("date: 2025-05-24", "date: 9999-12-31", 4, 7, "is outside the years")]
    [InlineData("url: https://p.dw.com/p/4urZa", "url: p.dw.com/p/4urZa", 6, 6, "is not a URL")]
    [InlineData("url: https://p.dw.com/p/4urZa", "url: javascript:alert(1)", 6, 6, "is not a URL")]
    [InlineData("authors: [\"Kalika Mehta\"]", "authors: Kalika Mehta", 7, 10, "must be a list")]
    [InlineData("title: \"Ukraine, Russia swap hundreds more POWs\"", "title: [one, two]", 2, 8, "must be a single text value, not a list")]
    public void SG0005_value_of_the_wrong_type(string original, string replacement, int line, int column, string advice)
    {
        var diagnostic = Single(Article(SampleFiles.Article.Replace(original, replacement)), "SG0005");
        At(diagnostic, ArticlePath, line, column);
        diagnostic.GetMessage().ShouldContain(advice);
    }

    [Fact]
    public void SG0005_an_empty_item_in_a_list_is_refused_at_the_item()
    {
        var files = SampleFiles.All().Select(f => f.Path.EndsWith("volodymyr-zelensky.md", StringComparison.Ordinal)
            ? GeneratorHarness.File("people/volodymyr-zelensky.md", SampleFiles.Person.Replace("aliases: [\"Zelensky\", \"Zelenskyy\"]", "aliases: [\"Zelensky\", \" \"]"))
            : f);
        var diagnostic = Single(files, "SG0005");
        At(diagnostic, "people/volodymyr-zelensky.md", 3, 23);
        diagnostic.GetMessage().ShouldContain("has an empty item");
    }

    [Theory]
    [InlineData("terms: [\"\"]", 4, 9, "has an empty item")]
    [InlineData("terms: []", 4, 8, "is an empty list")]
    [InlineData("terms: [\"injured\"]\ncumulative: maybe", 5, 13, "is not true or false: 'maybe'")]
    [InlineData("terms: [\"injured\"]\ncumulative: [true]", 5, 13, "must be true or false")]
    public void SG0005_a_quantity_without_terms_or_with_a_flag_that_is_not_true_or_false(string replacement, int line, int column, string advice)
    {
        var diagnostic = Single(QuantityFiles(replacement), "SG0005", source: QuantityCatalogue);
        At(diagnostic, "quantities/injured.md", line, column);
        diagnostic.GetMessage().ShouldContain(advice);
    }

    [Theory]
    [InlineData("true")]
    [InlineData("false")]
    [InlineData("True")]
    public void A_flag_of_true_or_false_compiles(string value)
    {
        var (run, compile) = GeneratorHarness.Run(QuantityFiles("terms: [\"injured\"]\ncumulative: " + value), QuantityCatalogue);
        run.Diagnostics.ShouldBeEmpty(Describe(run.Diagnostics));
        compile.Where(d => d.Severity == DiagnosticSeverity.Error).ShouldBeEmpty();
    }

    [Theory]
    [InlineData("\u202E")]
    [InlineData("\u2066")]
    [InlineData("\u202A")]
    public void SG0013_a_direction_control_in_front_matter_is_refused_at_its_value(string control)
    {
        var diagnostic = Single(Article(SampleFiles.Article.Replace("title: \"Ukraine, Russia", "title: \"Ukraine, " + control + "Russia")), "SG0013");
        At(diagnostic, ArticlePath, 2, 8);
        diagnostic.GetMessage().ShouldContain("Field 'title' holds the invisible direction control U+" + ((int)control[0]).ToString("X4", System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public void SG0013_a_direction_control_in_a_list_item_is_refused_at_the_item()
    {
        var diagnostic = Single(Article(SampleFiles.Article.Replace("authors: [\"Kalika Mehta\"]", "authors: [\"Kalika \u202EMehta\"]")), "SG0013");
        At(diagnostic, ArticlePath, 7, 11);
    }

    [Fact]
    public void SG0006_unknown_field_is_a_warning_naming_the_closest_field()
    {
        var diagnostic = Single(Article(SampleFiles.Article.Replace("summary:", "sumary:")), "SG0006", also: "SG0004");
        diagnostic.Severity.ShouldBe(DiagnosticSeverity.Warning);
        At(diagnostic, ArticlePath, 8, 1);
        diagnostic.GetMessage().ShouldBe("Unknown field 'sumary' in this article: did you mean 'summary'?");
    }

    [Fact]
    public void SG0007_duplicate_slug_names_the_first_file()
    {
        var files = SampleFiles.All().Append(GeneratorHarness.File("articles/zz-copy.md", SampleFiles.Article));
        var diagnostic = Single(files, "SG0007");
        At(diagnostic, "articles/zz-copy.md", 3, 7);
        diagnostic.GetMessage().ShouldContain("is already used by " + GeneratorHarness.PathOf(ArticlePath));
    }

    [Fact]
    public void SG0007_duplicate_file_names_ignoring_case()
    {
        var files = SampleFiles.All().Append(GeneratorHarness.File("outlets/nested/dw.md", SampleFiles.Outlet));
        var diagnostic = Single(files, "SG0007");
        diagnostic.GetMessage().ShouldContain("The file name 'dw' is already used by");
    }

    [Fact]
    public void SG0008_unknown_outlet_suggests_the_closest_key()
    {
        var diagnostic = Single(Article(SampleFiles.Article.Replace("outlet: dw", "outlet: dww")), "SG0008");
        At(diagnostic, ArticlePath, 5, 9);
        diagnostic.GetMessage().ShouldBe("Field 'outlet' names outlet 'dww', but there is no file outlets/dww.md: did you mean 'dw'?");
    }

    [Fact]
    public void SG0008_unknown_person_in_a_list()
    {
        var diagnostic = Single(Article(SampleFiles.Article.Replace("people: [volodymyr-zelensky]", "people: [volodymyr-zelensky, nobody-at-all]")), "SG0008");
        At(diagnostic, ArticlePath, 10, 30);
        diagnostic.GetMessage().ShouldContain("add people/nobody-at-all.md or correct the name");
    }

    [Fact]
    public void SG0009_slug_that_is_not_a_slug()
    {
        var diagnostic = Single(Article(SampleFiles.Article.Replace("slug: swap-hundreds-more-pows", "slug: Swap Hundreds")), "SG0009");
        At(diagnostic, ArticlePath, 3, 7);
        diagnostic.GetMessage().ShouldContain("e.g. 'swap-hundreds'");
    }

    [Fact]
    public void SG0009_file_name_that_is_not_a_slug()
    {
        var files = SampleFiles.All().Append(GeneratorHarness.File("outlets/Deutsche Welle.md", SampleFiles.Outlet));
        var diagnostic = Single(files, "SG0009");
        At(diagnostic, "outlets/Deutsche Welle.md", 1, 1);
        diagnostic.GetMessage().ShouldContain("e.g. 'deutsche-welle.md'");
    }

    [Fact]
    public void SG0010_record_property_front_matter_cannot_fill()
    {
        const string source = """
            using SiteGen.Content;

            namespace Sample;

            public sealed record Event : ContentRecord
            {
                public required string Name { get; init; }
                public int Casualties { get; init; }
            }

            [ContentCollection(typeof(Event), "events")]
            public static partial class SiteContent;
            """;
        var (run, _) = GeneratorHarness.Run([], source);
        var diagnostic = run.Diagnostics.Single(d => d.Id == "SG0010");
        diagnostic.GetMessage().ShouldContain("Property 'Casualties' of content record 'Event' has type 'int'");
        diagnostic.Location.GetLineSpan().StartLinePosition.Line.ShouldBe(7);
    }

    [Fact]
    public void SG0011_content_root_not_set()
    {
        var (run, _) = GeneratorHarness.Run(SampleFiles.All(), contentRoot: null);
        run.Diagnostics.Single().Id.ShouldBe("SG0011");
    }

    [Fact]
    public void SG0012_unreadable_file()
    {
        var diagnostic = Single(SampleFiles.All().Append(GeneratorHarness.File("articles/gone.md", null)), "SG0012");
        At(diagnostic, "articles/gone.md", 1, 1);
    }

    [Fact]
    public void Every_descriptor_has_a_test()
    {
        var tested = typeof(DiagnosticTests).GetMethods().Select(m => m.Name[..Math.Min(6, m.Name.Length)]).ToHashSet();
        Diagnostics.All.Select(d => d.Id).Where(id => !tested.Contains(id)).ShouldBeEmpty();
    }

    [Fact]
    public void Valid_content_has_no_diagnostics_and_compiles()
    {
        var (run, compile) = GeneratorHarness.Run(SampleFiles.All());
        run.Diagnostics.ShouldBeEmpty();
        compile.ShouldBeEmpty();
    }

    [Fact]
    public void SG0014_a_file_in_the_old_folder_of_tracked_quantities_is_an_error_saying_where_it_goes()
    {
        InMemoryAdditionalText[] files = [GeneratorHarness.File("figures/injured.md", "---\nname: \"People injured\"\nunit: \"people\"\nterms: [\"injured\"]\n---\n\nHow many.\n")];
        var diagnostic = Single(files, "SG0014", source: QuantityCatalogue);
        At(diagnostic, "figures/injured.md", 1, 1);
        diagnostic.Severity.ShouldBe(DiagnosticSeverity.Error);
        diagnostic.GetMessage().ShouldBe("content/figures/ is the old name of content/quantities/ (tracked quantities; a figure is a number found in the text); move this file to content/quantities/");
    }

    [Fact]
    public void SG0015_a_body_that_is_not_plain_text_is_an_error_at_its_line_saying_how_to_save_it()
    {
        var diagnostic = Single(Article(SampleFiles.Article.Replace("A test file.", "A test\0file.")), "SG0015");
        diagnostic.Severity.ShouldBe(DiagnosticSeverity.Error);
        diagnostic.GetMessage().ShouldStartWith("the file contains a NUL character (byte 0) on line 9; it is not text: save it as UTF-8 text");
    }

    private static InMemoryAdditionalText[] Article(string text) => SampleFiles.All(text);

    private const string QuantityCatalogue = """
        using SiteGen.Content;

        namespace Sample;

        [ContentCollection(typeof(Quantity), "quantities")]
        public static partial class SiteContent;
        """;

    private static InMemoryAdditionalText[] QuantityFiles(string terms) =>
    [
        GeneratorHarness.File("quantities/injured.md", "---\nname: \"People injured\"\nunit: \"people\"\n" + terms + "\n---\n\nHow many.\n"),
    ];

    private static Diagnostic Single(IEnumerable<AdditionalText> files, string id, string? also = null, string source = GeneratorHarness.Catalogue)
    {
        var (run, _) = GeneratorHarness.Run(files, source);
        run.Diagnostics.Select(d => d.Id).Where(d => d != also).ShouldAllBe(d => d == id, Describe(run.Diagnostics));
        return run.Diagnostics.Single(d => d.Id == id);
    }

    private static string Describe(IEnumerable<Diagnostic> diagnostics) => string.Join("\n", diagnostics);

    private static void At(Diagnostic diagnostic, string relativePath, int line, int column)
    {
        var span = diagnostic.Location.GetLineSpan();
        span.Path.ShouldBe(GeneratorHarness.PathOf(relativePath));
        (span.StartLinePosition.Line + 1, span.StartLinePosition.Character + 1).ShouldBe((line, column), diagnostic.ToString());
    }
}
