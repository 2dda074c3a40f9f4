using SiteGen.Build;
using SiteGen.Cli;

namespace SiteGen.Tests.Browser;

/// <summary>The sample report written to disk once, as `build` writes it, for the tests that open it in outside programs.</summary>
public static class BuiltSample
{
    private static readonly Lazy<string> Built = new(() =>
    {
        var folder = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "sitegen-browser-" + Guid.NewGuid().ToString("N"));
        new SiteBuilder(FixtureReport.Report.Options(cleanUrls: false), FixtureReport.Report.TemplatesRoot).Build(FixtureReport.Content, folder);
        AppDomain.CurrentDomain.ProcessExit += (_, _) => Directory.Delete(folder, recursive: true);
        return folder;
    });

    public static string Folder => Built.Value;

    /// <summary>Where screenshots are kept after the run (ignored by git).</summary>
    public static string ArtefactsFolder => Path.Combine(RepositoryFolders.Root, "TestResults", "browser");
}
