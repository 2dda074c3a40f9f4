using SiteGen.Content;
using SiteGen.Model;
using SiteGen.Render.Compiled;
using SiteGen.Settings;

namespace SiteGen.Cli;

/// <summary>
/// The report a command works on: its folders, its settings and its content as <c>build</c> renders it. A report in
/// a folder (<see cref="In"/>) has its content compiled by its own project; tests hand the commands a report of their
/// own, read at run time, so that they pass whatever a newsroom's content is.
/// </summary>
/// <param name="Settings">What <c>report.yml</c> says, with defaults in place of what it leaves out or gets wrong.</param>
/// <param name="Content">The content <c>build</c> renders: the compiled records of a report's project.</param>
internal sealed record Report(string Root, ReportSettingsRead Settings, Func<ContentSet> Content)
{
    public string ContentRoot { get; init; } = Path.Combine(Root, "content");

    public string TemplatesRoot { get; init; } = Path.Combine(Root, "templates");

    public string StaticRoot { get; init; } = Path.Combine(Root, "static");

    /// <summary>The templates as the report's compile made them into C#, once <see cref="Content"/> has compiled; none for a report read at run time.</summary>
    public Func<CompiledTemplates?> CompiledTemplates { get; init; } = () => null;

    /// <summary>The compiled templates of the report's last compile, if there was one by this engine, without compiling (<c>serve</c>).</summary>
    public Func<CompiledTemplates?> LastCompiledTemplates { get; init; } = () => null;

    /// <summary>The report in <paramref name="folder"/>: <c>report.yml</c>, <c>content/</c>, <c>templates/</c> and <c>static/</c> beside its project file.</summary>
    public static Report In(string folder, TextWriter compilerOutput)
    {
        var root = Path.GetFullPath(folder);
        var compiled = new Lazy<(ContentSet Content, CompiledTemplates? Templates)>(() => CompiledReport.Build(root, compilerOutput));
        return new(root, ReportSettingsReader.Read(root), () => compiled.Value.Content)
        {
            CompiledTemplates = () => compiled.Value.Templates,
            LastCompiledTemplates = () => CompiledReport.LastTemplates(root),
        };
    }

    /// <summary>This report, rendered with the templates in <paramref name="folder"/> when one is given (<c>--templates</c>).</summary>
    public Report WithTemplates(string? folder) => folder == null ? this : this with { TemplatesRoot = folder };

    /// <param name="baseUrl">Where the site is published, when the command line says; otherwise the settings' <c>base_url</c>.</param>
    public SiteOptions Options(bool cleanUrls, Uri? baseUrl = null)
    {
        var settings = Settings.Settings;
        return new(settings.Title!, settings.Description!, cleanUrls, baseUrl ?? settings.BaseUrl, settings.Language!);
    }
}
