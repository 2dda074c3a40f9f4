using System.Reflection;
using System.Runtime.Loader;
using Microsoft.CodeAnalysis;

namespace SiteGen.Generators.Tests;

/// <summary>What the generator writes: readable source, approved as a snapshot, that compiles into working records.</summary>
public sealed class GeneratedSourceTests
{
    [Theory]
    [InlineData("SiteContent.g.cs")]
    [InlineData("SiteContent.articles__swap_hundreds_more_pows.g.cs")]
    [InlineData("SiteContent.people__volodymyr_zelensky.g.cs")]
    public void Generated_source_matches_the_approved_snapshot(string hintName)
    {
        var (run, _) = GeneratorHarness.Run(SampleFiles.All());
        var source = run.GeneratedSources.Single(s => s.HintName == hintName).SourceText.ToString();
        source.ShouldMatchApproved(c => c.SubFolder("Snapshots").WithDiscriminator(hintName.Replace(".g.cs", string.Empty)).WithFileExtension(".cs.txt").NoDiff());
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
        article.File.Sha256.ShouldBe(Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(SampleFiles.Article))));
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
    public void A_large_collection_is_split_into_small_methods()
    {
        var files = Enumerable.Range(0, 450)
            .Select(i => GeneratorHarness.File($"people/person-{i:000}.md", SampleFiles.Person))
            .ToArray();
        var (run, compile) = GeneratorHarness.Run(files);
        compile.ShouldBeEmpty();
        var catalogue = run.GeneratedSources.Single(s => s.HintName == "SiteContent.g.cs").SourceText.ToString();
        catalogue.ShouldContain("FillPeople0(items);");
        catalogue.ShouldContain("FillPeople2(items);");
        catalogue.ShouldNotContain("FillPeople3");
    }

    private static Assembly CompileAndLoad(IEnumerable<AdditionalText> files)
    {
        GeneratorHarness.Driver(files).RunGeneratorsAndUpdateCompilation(GeneratorHarness.Compilation(), out var output, out _);
        using var image = new MemoryStream();
        var emitted = output.Emit(image);
        emitted.Success.ShouldBeTrue(string.Join("\n", emitted.Diagnostics));
        image.Position = 0;
        return new AssemblyLoadContext(null, isCollectible: true).LoadFromStream(image);
    }
}
