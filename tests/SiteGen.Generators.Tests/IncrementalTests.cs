using Microsoft.CodeAnalysis;

namespace SiteGen.Generators.Tests;

/// <summary>The pipeline caches: a second run does no work, and an edit re-parses only the edited file.</summary>
public sealed class IncrementalTests
{
    [Fact]
    public void A_second_run_with_the_same_input_is_cached()
    {
        var files = SampleFiles.All();
        var compilation = GeneratorHarness.Compilation();
        var driver = GeneratorHarness.Driver(files).RunGenerators(compilation);
        driver = driver.RunGenerators(compilation.Clone());

        var steps = driver.GetRunResult().Results.Single().TrackedSteps;
        Reasons(steps, ContentGenerator.TrackingNames.ContentFile).ShouldAllBe(r => r == IncrementalStepRunReason.Cached);
        Reasons(steps, ContentGenerator.TrackingNames.Entry).ShouldAllBe(r => r == IncrementalStepRunReason.Cached || r == IncrementalStepRunReason.Unchanged);
        Reasons(steps, ContentGenerator.TrackingNames.Index).ShouldAllBe(r => r == IncrementalStepRunReason.Cached || r == IncrementalStepRunReason.Unchanged);
    }

    [Fact]
    public void Editing_one_body_re_parses_only_that_file_and_changes_nothing_after_it()
    {
        var files = SampleFiles.All();
        var compilation = GeneratorHarness.Compilation();
        var driver = GeneratorHarness.Driver(files).RunGenerators(compilation);

        var edited = GeneratorHarness.File("articles/swap-hundreds-more-pows.md", SampleFiles.Article + "\nA new paragraph.\n");
        driver = driver.ReplaceAdditionalText(files[0], edited).RunGenerators(compilation);

        // The record is made from the front matter alone, so the edited file parses to what it was before.
        var steps = driver.GetRunResult().Results.Single().TrackedSteps;
        var parsed = Reasons(steps, ContentGenerator.TrackingNames.ContentFile);
        parsed.Count(r => r == IncrementalStepRunReason.Unchanged).ShouldBe(1);
        parsed.Count(r => r == IncrementalStepRunReason.Cached).ShouldBe(2);
        Reasons(steps, ContentGenerator.TrackingNames.Entry).ShouldAllBe(r => r == IncrementalStepRunReason.Unchanged || r == IncrementalStepRunReason.Cached);
        Reasons(steps, ContentGenerator.TrackingNames.Encoded).ShouldAllBe(r => r == IncrementalStepRunReason.Unchanged || r == IncrementalStepRunReason.Cached);
        Reasons(steps, ContentGenerator.TrackingNames.Index).ShouldAllBe(r => r == IncrementalStepRunReason.Unchanged || r == IncrementalStepRunReason.Cached);
    }

    [Fact]
    public void Editing_one_front_matter_re_makes_only_that_entry()
    {
        var files = SampleFiles.All();
        var compilation = GeneratorHarness.Compilation();
        var driver = GeneratorHarness.Driver(files).RunGenerators(compilation);

        var edited = GeneratorHarness.File("articles/swap-hundreds-more-pows.md", SampleFiles.Article.Replace("Ukraine, Russia swap hundreds more POWs", "Ukraine and Russia swap hundreds more POWs", StringComparison.Ordinal));
        driver = driver.ReplaceAdditionalText(files[0], edited).RunGenerators(compilation);

        var steps = driver.GetRunResult().Results.Single().TrackedSteps;
        Reasons(steps, ContentGenerator.TrackingNames.ContentFile).Count(r => r == IncrementalStepRunReason.Modified).ShouldBe(1);
        Reasons(steps, ContentGenerator.TrackingNames.Entry).Count(r => r == IncrementalStepRunReason.Modified).ShouldBe(1);
        var encoded = Reasons(steps, ContentGenerator.TrackingNames.Encoded);
        encoded.Count(r => r == IncrementalStepRunReason.Modified).ShouldBe(1);
        encoded.Count(r => r == IncrementalStepRunReason.Cached || r == IncrementalStepRunReason.Unchanged).ShouldBe(2);
    }

    [Fact]
    public void Outputs_hold_no_compiler_objects()
    {
        var driver = GeneratorHarness.Driver(SampleFiles.All()).RunGenerators(GeneratorHarness.Compilation());
        string[] ours = [ContentGenerator.TrackingNames.Catalogue, ContentGenerator.TrackingNames.ContentFile, ContentGenerator.TrackingNames.Entry, ContentGenerator.TrackingNames.Index, ContentGenerator.TrackingNames.Encoded];
        var steps = driver.GetRunResult().Results.Single().TrackedSteps;
        ours.ShouldBeSubsetOf(steps.Keys);
        foreach (var step in ours.SelectMany(name => steps[name]))
        {
            foreach (var (value, _) in step.Outputs)
            {
                value.ShouldNotBeAssignableTo<ISymbol>();
                value.ShouldNotBeAssignableTo<Compilation>();
                value.ShouldNotBeAssignableTo<SyntaxNode>();
                value.ShouldNotBeAssignableTo<AdditionalText>();
            }
        }
    }

    private static List<IncrementalStepRunReason> Reasons(IReadOnlyDictionary<string, System.Collections.Immutable.ImmutableArray<IncrementalGeneratorRunStep>> steps, string name) =>
        steps[name].SelectMany(s => s.Outputs).Select(o => o.Reason).ToList();
}
