using SiteGen.Cli;

namespace SiteGen.Tests;

/// <summary><c>check --draft-people</c>: a draft person file for each unknown name, for the writer to review; never published as it is.</summary>
public sealed class PersonDraftTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("sitegen-drafts-").FullName;

    private string Content => Path.Combine(_folder, "content");

    private string Drafts => Path.Combine(_folder, "drafts", "people");

    private Report Report => FixtureReport.Report with { Root = _folder, ContentRoot = Content, TemplatesRoot = Path.Combine(_folder, "templates") };

    public PersonDraftTests()
    {
        TestContent.CopyFolder(FixtureReport.ContentRoot, Content);
        TestContent.CopyFolder(FixtureReport.Report.TemplatesRoot, Path.Combine(_folder, "templates"));
        File.WriteAllText(Path.Combine(Content, "articles", "talks.md"), """
            ---
            title: "Talks resume"
            slug: talks-resume
            date: 2025-05-25
            summary: "The talks resume."
            source: "A test article."
            ---

            Vladimir Medinsky, the head of the Russian delegation, said the talks would continue. Medinsky spoke for an hour.

            The exchange went smoothly, according to Mykola Hrytsenko.
            """);
    }

    [Fact]
    public void Each_unknown_name_gets_a_draft_with_its_spellings_and_the_sentences_that_name_it()
    {
        var (code, output, _) = Check("--draft-people");

        code.ShouldBe(ExitCodes.Success);
        var draft = Path.Combine(Drafts, "vladimir-medinsky.md");
        output.ShouldContain("Drafted " + draft);
        File.Exists(Path.Combine(Drafts, "mykola-hrytsenko.md")).ShouldBeTrue();
        var text = File.ReadAllText(draft);
        text.ShouldContain("name: \"Vladimir Medinsky\"");
        text.ShouldContain("aliases: [\"Medinsky\"]");
        text.ShouldContain("role: \"\"");
        text.ShouldContain("articles/talks.md, line 9: Vladimir Medinsky, the head of the Russian delegation, said the talks would continue.");
        Directory.EnumerateFiles(Path.Combine(Content, "people")).ShouldNotContain(f => f.EndsWith("medinsky.md", StringComparison.Ordinal), "a draft is not content");
    }

    [Fact]
    public void A_draft_moved_into_the_content_unreviewed_stops_the_check_until_its_role_is_written()
    {
        Check("--draft-people");
        var person = Path.Combine(Content, "people", "vladimir-medinsky.md");
        File.Move(Path.Combine(Drafts, "vladimir-medinsky.md"), person);

        var (code, _, errors) = Check();
        code.ShouldBe(ExitCodes.ContentErrors);
        errors.ShouldContain($"{person}(4,7): error SG0005: Field 'role' is empty");

        File.WriteAllText(person, File.ReadAllText(person).Replace("role: \"\"", "role: \"Head of the Russian delegation\"", StringComparison.Ordinal));
        var (fixedCode, _, fixedErrors) = Check();
        fixedCode.ShouldBe(ExitCodes.Success, fixedErrors);
        fixedErrors.ShouldNotContain("'Vladimir Medinsky' looks like a person's name");
    }

    [Fact]
    public void A_second_run_leaves_existing_drafts_as_the_writer_edited_them()
    {
        Check("--draft-people");
        var draft = Path.Combine(Drafts, "vladimir-medinsky.md");
        File.WriteAllText(draft, "edited");

        var (_, output, _) = Check("--draft-people");

        File.ReadAllText(draft).ShouldBe("edited");
        output.ShouldContain("No person file to draft");
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private (int Code, string Output, string Errors) Check(params string[] options)
    {
        var output = new StringWriter();
        var errors = new StringWriter();
        var code = CommandLine.Run(["check", .. options], output, errors, Report);
        return (code, output.ToString(), errors.ToString());
    }
}
