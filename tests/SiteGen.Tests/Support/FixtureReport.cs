using SiteGen.Cli;
using SiteGen.Content;
using SiteGen.Settings;

namespace SiteGen.Tests;

/// <summary>
/// The report the tests build: the settings and content of <c>tests/Fixture</c>, a report of the tests' own (it began
/// as a copy of the sample and is not kept in step with it), read at run time with the program's collections, and the
/// templates SiteGen ships (the repository's <c>templates/</c>, which <c>init</c> gives every new report). The page
/// snapshots, counts and recall figures are about it, so a newsroom that replaces or edits <c>content/</c> keeps every
/// test green, and a change to the shipped templates is made once and approved against the fixture.
/// </summary>
internal static class FixtureReport
{
    public static string Root { get; } = Path.Combine(RepositoryFolders.Root, "tests", "Fixture");

    public static string ContentRoot { get; } = Path.Combine(Root, "content");

    public static string TemplatesRoot { get; } = Path.Combine(RepositoryFolders.Root, "templates");

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

    public static Report Report { get; } = new(Root, ReportSettingsReader.Read(Root), () => Read.Value) { TemplatesRoot = TemplatesRoot };
}
