using SiteGen.Build;
using SiteGen.Cli;
using System.Buffers;
using SiteGen.Content;

namespace SiteGen.Tests.Model;

/// <summary>A report of one article that names one person in every one of its sentences, read at run time and planned.</summary>
internal sealed class OneLongArticle
{
    public const string PersonPage = "people/ivan-petrov/index.html";

    private readonly string _root = Directory.CreateTempSubdirectory("sitegen-long-article-").FullName;

    public OneLongArticle(int sentences, string? templates = null)
    {
        Directory.CreateDirectory(Path.Combine(_root, "articles"));
        Directory.CreateDirectory(Path.Combine(_root, "people"));
        File.WriteAllText(Path.Combine(_root, "people", "ivan-petrov.md"), "---\nname: \"Ivan Petrov\"\nrole: \"Spokesman\"\n---\n");
        File.WriteAllText(Path.Combine(_root, "articles", "long.md"),
            "---\ntitle: \"Long\"\nslug: long\ndate: 2025-05-24\nsummary: \"s\"\nsource: \"test\"\n---\n\n"
            + string.Concat(Enumerable.Range(1, sentences).Select(i => $"Ivan Petrov spoke for the {i}th time. ")));
        try
        {
            Content = new ContentFolderReader(_root, ReportCollections.All).Read().Content.ShouldNotBeNull();
            // Planning reads every body, so nothing is read from the folder after it.
            Plan = new SiteBuilder(FixtureReport.Report.Options(cleanUrls: false), templates ?? FixtureReport.Report.TemplatesRoot).Plan(Content, new StageTimings());
        }
        finally
        {
            Directory.Delete(_root, recursive: true);
        }
    }

    public ContentSet Content { get; }

    public SitePlan Plan { get; }

    /// <summary>Page <paramref name="number"/> of the person's mentions, as it is written.</summary>
    public byte[] PersonPageNumber(int number) =>
        Plan.Render(number == 1 ? PersonPage : $"people/ivan-petrov/page/{number}/index.html").ToArray<byte>();
}
