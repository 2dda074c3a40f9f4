using System.Reflection;
using SiteGen.Build;
using SiteGen.Cli;
using SiteGen.Content;
using SiteGen.Corpus;

namespace SiteGen.Tests;

/// <summary>A synthetic archive (<see cref="SyntheticCorpus"/>) read at run time and rendered in memory, for tests that need more content than the sample.</summary>
internal static class SyntheticSite
{
    public static (ContentSet Content, BuiltSite Site) Build(int articles, int people, int outlets = 12)
    {
        var root = Directory.CreateTempSubdirectory("sitegen-synthetic-").FullName;
        try
        {
            var archive = Path.Combine(root, "content");
            new SyntheticCorpus(articles, people, outlets).Write(archive);
            var collections = ReportCollections.All;
            var content = new ContentFolderReader(archive, collections).Read().Content.ShouldNotBeNull();
            return (content, new SiteBuilder(FixtureReport.Report.Options(cleanUrls: false), FixtureReport.Report.TemplatesRoot).BuildInMemory(content));
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }
}
