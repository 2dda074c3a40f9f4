using System.Reflection;
using SiteGen.Content;
using SiteGen.Model;

namespace SiteGen.Cli;

/// <summary>
/// The report a command works on: its folders, its title and description, and its content as <c>build</c> and
/// <c>check</c> use it. The program's own report is the one compiled into it (<see cref="Compiled"/>); tests hand the
/// commands a report of their own, read at run time, so that they pass whatever the program's content is.
/// </summary>
/// <param name="Content">The content <c>build</c> and <c>check</c> render: the compiled records for the program's report.</param>
public sealed record Report(string ContentRoot, string TemplatesRoot, string StaticRoot, string Title, string Description, Func<ContentSet> Content)
{
    /// <summary>The report this program was compiled from.</summary>
    public static Report Compiled { get; } = new(
        SiteContent.ContentRoot, ReportSettings.TemplatesRoot, ReportSettings.StaticRoot, ReportSettings.Title, ReportSettings.Description, () => SiteContent.All);

    /// <summary>The collections of content this program declares, for reading a content folder at run time.</summary>
    public static IReadOnlyList<ContentCollectionAttribute> Collections { get; } = typeof(SiteContent).GetCustomAttributes<ContentCollectionAttribute>().ToList();

    public SiteOptions Options(bool cleanUrls, Uri? baseUrl = null) => new(Title, Description, cleanUrls, baseUrl);
}
