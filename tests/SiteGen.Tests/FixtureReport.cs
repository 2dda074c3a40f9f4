using SiteGen.Cli;
using SiteGen.Content;
using SiteGen.Settings;
using SiteGen.Tests.Browser;

namespace SiteGen.Tests;

/// <summary>
/// The report the tests build: <c>tests/Fixture</c>, a copy of the sample report (settings, content and templates)
/// taken once and owned by the tests, read at run time with the program's collections. The page snapshots, counts and
/// recall figures are about it, so a newsroom that replaces or edits <c>content/</c> and <c>templates/</c> keeps every
/// test green. A change to SiteGen's own templates is made in both and approved against the fixture.
/// </summary>
internal static class FixtureReport
{
    public static string Root { get; } = Path.Combine(BrowserTools.RepositoryRoot, "tests", "Fixture");

    public static string ContentRoot { get; } = Path.Combine(Root, "content");

    /// <summary>The fixture's folder of files shipped as they are; it has none, and the folder need not exist.</summary>
    public static string StaticRoot { get; } = Path.Combine(Root, "static");

    private static readonly Lazy<ContentSet> Read = new(() =>
    {
        var read = new ContentFolderReader(ContentRoot, ReportCollections.All).Read();
        return read.Content ?? throw new InvalidOperationException("tests/Fixture does not read: " + string.Join("; ", read.Problems));
    });

    public static ContentSet Content => Read.Value;

    /// <summary>What the fixture's <c>report.yml</c> says.</summary>
    public static ReportSettings Settings => Report.Settings.Settings;

    public static Report Report { get; } = new(Root, ReportSettingsReader.Read(Root), () => Read.Value);
}
