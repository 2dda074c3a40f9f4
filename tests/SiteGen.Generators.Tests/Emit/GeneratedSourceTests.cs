using System.Reflection;
using System.Runtime.Loader;
using Microsoft.CodeAnalysis;

namespace SiteGen.Generators.Tests;

/// <summary>What the generator writes: readable source, approved as a snapshot, that compiles into working records.</summary>
public sealed class GeneratedSourceTests
{
    [Fact]
    public void Generated_source_matches_the_approved_snapshot()
    {
        var (run, _) = GeneratorHarness.Run(SampleFiles.All());
        var source = run.GeneratedSources.ShouldHaveSingleItem().SourceText.ToString();
        source.ShouldMatchApproved(c => c.SubFolder("Snapshots").WithDiscriminator("SiteContent").WithFileExtension(".cs.txt").NoDiff());
    }

    [Fact]
    public void Generated_records_hold_the_front_matter_values()
    {
        var assembly = CompileAndLoad(SampleFiles.All());
        var catalogue = assembly.GetType("Sample.SiteContent")!;
        var article = ((IEnumerable<Content.Article>)catalogue.GetProperty("Articles")!.GetValue(null)!).Single();

        article.Key.ShouldBe("swap-hundreds-more-pows");
        article.Title.ShouldBe("Ukraine, Russia swap hundreds more POWs");
        article.Date.ShouldBe(new DateOnly(2025, 5, 24));
        article.Url.ShouldBe(new Uri("https://p.dw.com/p/4urZa"));
        article.Authors.ShouldBe(["Kalika Mehta"]);
        article.Outlet.ShouldBe("dw");
        article.People.ShouldBe(["volodymyr-zelensky"]);
        article.File.RelativePath.ShouldBe("articles/swap-hundreds-more-pows.md");
        article.File.BodyStartLine.ShouldBe(12);
        var frontMatter = string.Concat(SampleFiles.Article.Split('\n').Take(11).Select(line => line + "\n"));
        article.File.FrontMatterSha256.ShouldBe(Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(frontMatter))));
        catalogue.GetProperty("ContentRoot")!.GetValue(null).ShouldBe(GeneratorHarness.ContentRoot);
    }

    [Fact]
    public void Plain_yes_and_no_stay_text()
    {
        var article = SampleFiles.Article.Replace("summary: \"307 more prisoners of war are swapped.\"", "summary: NO");
        var assembly = CompileAndLoad(SampleFiles.All(article));
        var articles = (IEnumerable<Content.Article>)assembly.GetType("Sample.SiteContent")!.GetProperty("Articles")!.GetValue(null)!;
        articles.Single().Summary.ShouldBe("NO");
    }

    [Fact]
    public void A_large_collection_is_data_in_chunks_that_read_back_in_path_order()
    {
        var files = Enumerable.Range(0, 450)
            .Select(i => GeneratorHarness.File($"people/person-{i:000}.md", SampleFiles.Person.Replace("Volodymyr Zelensky", $"Person {i}")))
            .Reverse()
            .ToArray();
        var (run, compile) = GeneratorHarness.Run(files);
        compile.ShouldBeEmpty();
        var catalogue = run.GeneratedSources.Single(s => s.HintName == "SiteContent.g.cs").SourceText.ToString();
        catalogue.ShouldContain("private static string PeopleData2 => ");
        catalogue.ShouldNotContain("PeopleData3");

        var people = Records<Content.Person>(CompileAndLoad(files), "People");
        people.Select(p => p.Name).ShouldBe(Enumerable.Range(0, 450).Select(i => $"Person {i}"));
        people[449].Key.ShouldBe("person-449");
        people[449].Aliases.ShouldBe(["Zelensky", "Zelenskyy"]);
    }

    [Fact]
    public void Data_past_the_string_share_is_utf8_and_reads_back_the_same()
    {
        // 450 people are three chunks of about 30,000, 30,000 and 7,500 characters: with room for 40,000 the first
        // and the last are strings, the second UTF-8.
        var files = Enumerable.Range(0, 450)
            .Select(i => GeneratorHarness.File($"people/person-{i:000}.md", SampleFiles.Person.Replace("Volodymyr Zelensky", $"Person {i}")))
            .ToArray();
        var generator = new ContentGenerator { StringLiteralCharacters = 40_000 };
        GeneratorHarness.Driver(files, generator: generator).RunGeneratorsAndUpdateCompilation(GeneratorHarness.Compilation(), out var output, out _);
        var catalogue = output.SyntaxTrees.Single(t => t.FilePath.EndsWith("SiteContent.g.cs", StringComparison.Ordinal)).ToString();
        catalogue.ShouldContain("private static string PeopleData0 => ");
        catalogue.ShouldContain("private static global::System.ReadOnlySpan<byte> PeopleData1 => ");
        catalogue.ShouldContain("private static string PeopleData2 => ");

        static string Described(Content.Person p) => string.Join("|", p.Key, p.File, p.Name, p.Role, p.Affiliation, string.Join(",", p.Aliases));
        var people = Records<Content.Person>(Load(output), "People");
        people.Select(Described).ShouldBe(Records<Content.Person>(CompileAndLoad(files), "People").Select(Described));
        people.Select(p => p.Name).ShouldBe(Enumerable.Range(0, 450).Select(i => $"Person {i}"));
    }

    [Fact]
    public void Optional_fields_left_out_keep_the_record_defaults()
    {
        var article = SampleFiles.Article
            .Replace("outlet: dw\n", string.Empty)
            .Replace("url: https://p.dw.com/p/4urZa\n", string.Empty)
            .Replace("authors: [\"Kalika Mehta\"]\n", string.Empty)
            .Replace("people: [volodymyr-zelensky]\n", "people: []\n");
        var loaded = Records<Content.Article>(CompileAndLoad(SampleFiles.All(article)), "Articles").Single();

        loaded.Outlet.ShouldBeNull();
        loaded.Url.ShouldBeNull();
        loaded.Authors.ShouldBeEmpty();
        loaded.People.ShouldBeEmpty();
        loaded.Summary.ShouldBe("307 more prisoners of war are swapped.");
        loaded.Source.ShouldBe("A test file.");
    }

    [Fact]
    public void Text_a_utf8_literal_cannot_hold_is_refused_where_it_is_written()
    {
        // Values are compiled as UTF-8 data; a lone surrogate (only a YAML escape can write one) has no UTF-8 form.
        var article = SampleFiles.Article.Replace("summary: \"307 more prisoners of war are swapped.\"", "summary: \"half \\uD800 a pair\"");
        var diagnostic = GeneratorHarness.Run(SampleFiles.All(article)).Run.Diagnostics.ShouldHaveSingleItem();
        diagnostic.Id.ShouldBe("SG0003");
        diagnostic.Location.GetLineSpan().StartLinePosition.Line.ShouldBe(7);
    }

    private static IReadOnlyList<T> Records<T>(Assembly assembly, string collection) =>
        ((IEnumerable<T>)assembly.GetType("Sample.SiteContent")!.GetProperty(collection)!.GetValue(null)!).ToList();

    private static Assembly CompileAndLoad(IEnumerable<AdditionalText> files)
    {
        GeneratorHarness.Driver(files).RunGeneratorsAndUpdateCompilation(GeneratorHarness.Compilation(), out var output, out _);
        return Load(output);
    }

    private static Assembly Load(Compilation output)
    {
        using var image = new MemoryStream();
        var emitted = output.Emit(image);
        emitted.Success.ShouldBeTrue(string.Join("\n", emitted.Diagnostics));
        image.Position = 0;
        return new AssemblyLoadContext(null, isCollectible: true).LoadFromStream(image);
    }
}
