using System.Buffers;
using SiteGen.Content;
using SiteGen.CrossReference;
using SiteGen.Diagnostics;
using SiteGen.Extract;
using SiteGen.Markdown;
using SiteGen.Model;
using SiteGen.Render;
using SiteGen.Write;

namespace SiteGen.Build;

/// <summary>
/// Builds a site from content, stage by stage (<see cref="Plan"/>): read bodies → convert their Markdown, finding each
/// sentence's facts → cross-reference → plan the site → render its files (pages through the templates) → write. Files go to a staging folder
/// that replaces the output only when every page has rendered, so errors never leave a half-written site.
/// </summary>
/// <param name="staticFolder">Files shipped as they are at the site's root (<c>CNAME</c>, <c>robots.txt</c>, images); none when null or missing.</param>
internal sealed class SiteBuilder(SiteOptions options, string templatesFolder, string? staticFolder = null)
{
    private readonly object _templatesGate = new();
    private (string Fingerprint, TemplateSet Templates)? _templates;

    /// <summary>Called with each stage's name as it starts, for progress on a terminal or in a CI log.</summary>
    public Action<string>? Progress { get; init; }

    /// <summary>
    /// Where a builder that lives on (the preview's) caches the bodies it converted, to convert again only what
    /// changed; none for a build made once.
    /// </summary>
    public IBodyCache? BodyCache { get; init; }

    /// <summary>The report's templates compiled into C#, used for each page kind whose templates are unchanged since.</summary>
    public Render.Compiled.CompiledTemplates? CompiledTemplates { get; init; }

    /// <summary>The families of pages the site has, in order (<see cref="SiteModelBuilder.Families"/>).</summary>
    public IReadOnlyList<Func<Model.Pages.PageContext, Model.Pages.IPageFamily>> PageFamilies { get; init; } = SiteModelBuilder.Families;

    /// <summary>The page kinds the templates as they are now render with their compiled methods.</summary>
    public IReadOnlyCollection<string> CompiledPageKinds => Templates().CompiledPages;

    /// <summary>Builds the whole site in memory (<c>check</c>, tests, benchmarks).</summary>
    public BuiltSite BuildInMemory(ContentSet content)
    {
        var files = new List<OutputFile>();
        var site = Produce(content, (path, bytes) =>
        {
            var file = new OutputFile(path, bytes.ToArray());
            lock (files)
            {
                files.Add(file);
            }
        });
        files.Sort((a, b) => string.CompareOrdinal(a.Path, b.Path));
        return site with { Files = files };
    }

    /// <summary>
    /// Renders the site into <paramref name="outputFolder"/>, each page written as soon as it is rendered so the
    /// site is never held in memory whole; it replaces the folder only once every page rendered.
    /// </summary>
    public BuiltSite Build(ContentSet content, string outputFolder)
    {
        EnsureApart(outputFolder, [("the content folder", content.ContentRoot), ("the templates folder", templatesFolder), ("the static folder", staticFolder)]);
        var staging = SiteStaging.Begin(outputFolder);
        BuiltSite site;
        try
        {
            site = Produce(content, staging.Add, staging.Add);
        }
        catch
        {
            staging.Abandon();
            throw;
        }

        Progress?.Invoke("write");
        var clock = System.Diagnostics.Stopwatch.StartNew();
        staging.Commit();
        return site with { Timings = [.. site.Timings, new StageTiming("write", clock.Elapsed)], Unchanged = staging.Unchanged };
    }

    /// <summary>
    /// Refuses an output folder inside a folder the site is made from, or holding one: the site would publish itself,
    /// or replacing it would take the sources with it. Compared with links resolved, so no path through a link hides it.
    /// </summary>
    private static void EnsureApart(string outputFolder, IEnumerable<(string Name, string? Folder)> sources)
    {
        var output = LinkFreePath.Of(outputFolder).TrimEnd(Path.DirectorySeparatorChar) + Path.DirectorySeparatorChar;
        foreach (var (name, folder) in sources)
        {
            if (folder == null)
            {
                continue;
            }

            var source = LinkFreePath.Of(folder).TrimEnd(Path.DirectorySeparatorChar) + Path.DirectorySeparatorChar;
            if (output.StartsWith(source, StringComparison.Ordinal) || source.StartsWith(output, StringComparison.Ordinal))
            {
                throw new SiteBuildException(new SiteDiagnostic(output.TrimEnd(Path.DirectorySeparatorChar), 1, 1, SiteErrorIds.OutputRefused,
                    $"the output folder {(output.Length >= source.Length ? "is inside" : "holds")} {name} ({source.TrimEnd(Path.DirectorySeparatorChar)}); build into a folder of its own with --out"));
            }
        }
    }

    /// <summary>
    /// Renders every file of the site, handing each to <paramref name="emit"/> (from several threads at once) with bytes
    /// that are valid only during the call, or, for the data files, to <paramref name="stream"/> with what writes them.
    /// </summary>
    private BuiltSite Produce(ContentSet content, Action<string, ReadOnlySequence<byte>> emit, Action<string, Action<IBufferWriter<byte>>>? stream = null)
    {
        var timings = new StageTimings(Progress);
        var plan = Plan(content, timings);
        // The data files first: the cross-reference export alone takes as long as hundreds of pages, and started last it
        // would leave the other cores idle at the end.
        timings.Measure("pages, data, search index and feeds", () => Work.InParallel(plan.OtherFiles.Concat(plan.Pages), path =>
        {
            if (stream != null && plan.IsStreamed(path))
            {
                stream(path, output => plan.Write(path, output));
            }
            else
            {
                emit(path, plan.Render(path));
            }

            return true;
        }));
        return new BuiltSite([], plan.FileCount, plan.Articles, plan.People, plan.Outlets, plan.Pages.Count, plan.Warnings)
        {
            Timings = timings.Stages,
            UnknownNames = plan.UnknownNames,
        };
    }

    /// <summary>
    /// Reads, converts and cross-references the content, and plans every file of the site without making it yet: the
    /// stages in the order data flows through them.
    /// </summary>
    /// <param name="timings">Where each stage's time goes (<c>--timings</c>).</param>
    public SitePlan Plan(ContentSet content, StageTimings timings)
    {
        if (PeopleNameRules.Clashes(content) is { Count: > 0 } spellingClashes)
        {
            throw new SiteBuildException(spellingClashes);
        }

        // Compiling the templates is mostly the runtime compiling code on one thread, and nothing before the pages needs
        // them: they compile beside reading and converting the articles, and "load templates" is what is left to wait for.
        var compiling = Task.Run(Templates);
        var paths = new SitePaths(options.CleanUrls);
        var bodyStage = new BodyStage(BodyCache);
        var texts = timings.Measure("read bodies", () => bodyStage.Read(content));
        var (bodies, articles) = timings.Measure("Markdown and recognisers", () => bodyStage.Convert(content, texts, Converter(content, paths)));
        var index = timings.Measure("cross-reference index", () => new CrossReferenceIndex(articles, content.Quantities));
        var templates = timings.Measure("load templates", () => compiling.GetAwaiter().GetResult());
        var pages = timings.Measure("page models", () => new SiteModelBuilder(content, index, bodies, options, PageFamilies).Pages());
        var files = new SiteFiles(options, paths);
        files.AddPages(pages, templates);
        files.AddData(content, index, pages);
        files.AddAssets(templates.AssetsFolder);
        files.AddStatic(staticFolder);
        return files.ToPlan(content, index, CrossReferenceWarnings.Of(content, index));
    }

    /// <summary>
    /// Renders article bodies with each name, date and figure linked to its page. Each address is made once: bodies
    /// link the same few thousand people, dates and figures hundreds of thousands of times.
    /// </summary>
    private static BodyConverter Converter(ContentSet content, SitePaths paths)
    {
        var people = new LinkCache<Person, string, string>(person => person.Key, (person, root) => root + paths.Person(person));
        var dates = new LinkCache<DateValue, DateValue, string>(date => date, (date, root) => root + paths.Date(date));
        var figures = new LinkCache<FigureMatch, string, string>(figure => figure.Key, (figure, root) => root + paths.Figure(figure.Key));
        var urls = new EntityUrls(paths.RootOf, people.Get, dates.Get, figures.Get);
        return new BodyConverter(new SentenceLinker(new SentenceAnalyzer(new NameMatcher(content.People)), urls));
    }

    /// <summary>
    /// The compiled templates, compiled again only when a template file changed: compiling costs more than rendering
    /// a small site, and a builder that lives on (the preview) rebuilds many times.
    /// </summary>
    private TemplateSet Templates()
    {
        lock (_templatesGate)
        {
            var fingerprint = TemplateSet.Fingerprint(templatesFolder);
            if (_templates is not { } cached || cached.Fingerprint != fingerprint)
            {
                cached = (fingerprint, TemplateSet.Load(templatesFolder, CompiledTemplates));
                _templates = cached;
            }

            return cached.Templates;
        }
    }
}
