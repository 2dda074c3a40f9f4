using System.Text;
using SiteGen.Build;
using SiteGen.Cli;

namespace SiteGen.Tests;

/// <summary>The sample report, rendered once in memory for every test that reads its pages.</summary>
internal static class SampleSite
{
    private static readonly Lazy<BuiltSite> Site = new(() =>
        new SiteBuilder(FixtureReport.Report.Options(cleanUrls: false), FixtureReport.Report.TemplatesRoot).BuildInMemory(FixtureReport.Content));

    public static BuiltSite Rendered => Site.Value;

    public static string Page(string path) =>
        Encoding.UTF8.GetString(Rendered.Files.Single(f => f.Path == path).Content);

    public static TheoryData<string> PagePaths()
    {
        var data = new TheoryData<string>();
        foreach (var file in Rendered.Files.Where(f => f.Path.EndsWith(".html", StringComparison.Ordinal)))
        {
            data.Add(file.Path);
        }

        return data;
    }
}
