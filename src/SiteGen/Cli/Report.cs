using SiteGen.Content;
using SiteGen.Model;

namespace SiteGen.Cli;

/// <summary>
/// The report a command works on: its folders, its title and description, and its content as <c>build</c> renders
/// it. A report in a folder (<see cref="In"/>) has its content compiled by its own project; tests hand the commands a
/// report of their own, read at run time, so that they pass whatever a newsroom's content is.
/// </summary>
/// <param name="Content">The content <c>build</c> renders: the compiled records of a report's project.</param>
public sealed record Report(string ContentRoot, string TemplatesRoot, string StaticRoot, string Title, string Description, Func<ContentSet> Content)
{
    /// <summary>The report in <paramref name="folder"/>: <c>content/</c>, <c>templates/</c> and <c>static/</c> beside its project file.</summary>
    public static Report In(string folder, TextWriter compilerOutput)
    {
        var root = Path.GetFullPath(folder);
        return new(
            Path.Combine(root, "content"),
            Path.Combine(root, "templates"),
            Path.Combine(root, "static"),
            ReportSettings.Title,
            ReportSettings.Description,
            () => CompiledReport.Build(root, compilerOutput));
    }

    public SiteOptions Options(bool cleanUrls, Uri? baseUrl = null) => new(Title, Description, cleanUrls, baseUrl);
}
