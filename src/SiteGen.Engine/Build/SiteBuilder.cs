using System.Buffers;
using System.Diagnostics.CodeAnalysis;
using System.Runtime.CompilerServices;
using SiteGen.Content;
using SiteGen.CrossReference;
using SiteGen.Markdown;
using SiteGen.Model;
using SiteGen.Model.Views;
using SiteGen.Render;
using SiteGen.Render.Search;
using SiteGen.Write;

namespace SiteGen.Build;

/// <summary>
/// Builds a site from content: read bodies → render Markdown and cross-reference → plan the pages → page models and
/// templates → files. Files go to a staging folder that replaces the output only when every page has rendered, so
/// errors never leave a half-written site.
/// </summary>
/// <param name="staticFolder">Files shipped as they are at the site's root (<c>CNAME</c>, <c>robots.txt</c>, images); none when null or missing.</param>
public sealed class SiteBuilder(SiteOptions options, string templatesFolder, string? staticFolder = null)
{
    private readonly object _templatesGate = new();
    private (string Fingerprint, TemplateSet Templates)? _templates;

    // A builder that lives on (the preview) renders many times; content reading hands back the same record object for
    // a file that did not change, so its body and rendered body are kept with the record. A rendered body also
    // depends on the people (names become links), so it is kept with the people it was rendered against. An
    // article's Markdown is not kept once rendered: read again only if it must be rendered again, it is not held
    // through the whole build.
    private readonly ConditionalWeakTable<ContentRecord, string> _bodies = [];
    private readonly ConditionalWeakTable<Article, RenderedWith> _renderedBodies = [];

    /// <summary>Called with each stage's name as it starts, for progress on a terminal or in a CI log.</summary>
    public Action<string>? Progress { get; init; }

    /// <summary>The report's templates compiled into C#, used for each page kind whose templates are unchanged since.</summary>
    public Render.Compiled.CompiledTemplates? CompiledTemplates { get; init; }

    /// <summary>The page kinds the templates as they are now render with their compiled methods.</summary>
    public IReadOnlyCollection<string> CompiledPageKinds => Templates().CompiledPages;

    /// <summary>Renders the whole site in memory (<c>check</c>, tests, benchmarks).</summary>
    public RenderedSite Render(ContentSet content)
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
    public RenderedSite Build(ContentSet content, string outputFolder)
    {
        EnsureApart(outputFolder, [("the content folder", content.ContentRoot), ("the templates folder", templatesFolder), ("the static folder", staticFolder)]);
        var staging = SiteStaging.Begin(outputFolder);
        RenderedSite site;
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
    /// or replacing it would take the sources with it.
    /// </summary>
    private static void EnsureApart(string outputFolder, IEnumerable<(string Name, string? Folder)> sources)
    {
        var output = Path.GetFullPath(outputFolder).TrimEnd(Path.DirectorySeparatorChar) + Path.DirectorySeparatorChar;
        foreach (var (name, folder) in sources)
        {
            if (folder == null)
            {
                continue;
            }

            var source = Path.GetFullPath(folder).TrimEnd(Path.DirectorySeparatorChar) + Path.DirectorySeparatorChar;
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
    private RenderedSite Produce(ContentSet content, Action<string, ReadOnlySequence<byte>> emit, Action<string, Action<IBufferWriter<byte>>>? stream = null)
    {
        var timings = new StageTimings(Progress);
        var plan = Plan(content, timings);
        // The data files first: the cross-reference export alone takes as long as hundreds of pages, and started last it
        // would leave the other cores idle at the end.
        timings.Measure("pages, data, search index and feeds", () => InParallel(plan.OtherFiles.Concat(plan.Pages), path =>
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
        return new RenderedSite([], plan.FileCount, plan.Articles, plan.People, plan.Outlets, plan.Pages.Count, plan.Warnings)
        {
            Timings = timings.Stages,
            UnknownNames = plan.UnknownNames,
        };
    }

    /// <summary>Reads, renders and cross-references the content, and plans every file of the site without rendering it yet.</summary>
    /// <param name="timings">Where each stage's time goes (<c>--timings</c>).</param>
    public SitePlan Plan(ContentSet content, StageTimings timings)
    {
        if (PeopleNameRules.Clashes(content) is { Count: > 0 } spellingClashes)
        {
            throw new SiteBuildException(spellingClashes);
        }

        // Compiling the templates is mostly the runtime compiling code on one thread, and nothing before the pages needs
        // them: they compile beside reading and rendering the articles, and "load templates" is what is left to wait for.
        var compiling = Task.Run(Templates);
        var people = PeopleFingerprint(content);
        var (articleBodies, bodies) = timings.Measure("read bodies", () => ReadBodies(content, article => !TryGetRendered(article, people, out _)));
        var paths = new SitePaths(options.CleanUrls);
        var names = new NameMatcher(content.People);
        // Each address made once: bodies link the same few thousand people, dates and figures hundreds of thousands of times.
        const string fromArticle = "../../";
        var personUrls = new LinkCache<Person, string, string>(person => person.Key, (person, root) => root + paths.Person(person));
        var dateUrls = new LinkCache<DateValue, DateValue, string>(date => date, (date, root) => root + paths.Date(date));
        var figureUrls = new LinkCache<FigureMatch, string, string>(figure => figure.Key, (figure, root) => root + paths.Figure(figure.Key));
        var urls = new EntityUrls(
            person => personUrls.Get(person, fromArticle),
            date => dateUrls.Get(date, fromArticle),
            figure => figureUrls.Get(figure, fromArticle));
        var renderer = new BodyRenderer(new SentenceLinker(new SentenceAnalyzer(names), urls));
        RenderedBody Render(Article article)
        {
            if (TryGetRendered(article, people, out var kept))
            {
                return kept;
            }

            var path = Path.Combine(content.ContentRoot, article.File.RelativePath);
            var body = Located(path, article.File.BodyStartLine, () => renderer.RenderArticle(articleBodies[article], article, article.File.BodyStartLine, path));
            _renderedBodies.AddOrUpdate(article, new RenderedWith(people, body));
            return body;
        }

        // Articles are independent until they are cross-referenced, and pages once they are modelled: both run on all cores.
        var rendered = timings.Measure("Markdown and recognisers", () => InParallel(content.Articles, a => (Article: a, Body: Render(a)))
            .ToDictionary(x => x.Article, x => x.Body, ReferenceEqualityComparer.Instance as IEqualityComparer<Article>));
        // The page closures below share this method's captured variables: emptied, the Markdown is not kept with them.
        articleBodies.Clear();
        var index = timings.Measure("cross-reference index", () => new CrossReferenceIndex(rendered, content.Quantities));
        var templates = timings.Measure("load templates", () => compiling.GetAwaiter().GetResult());
        var (model, pages) = timings.Measure("page plans", () =>
        {
            var builder = new SiteModelBuilder(content, index, bodies, options);
            return (builder, builder.Plan());
        });

        var render = new Dictionary<string, Func<ReadOnlySequence<byte>>>(StringComparer.Ordinal);
        foreach (var plan in pages)
        {
            render.Add(plan.OutputPath, () => Located(plan.OutputPath, 1, () =>
            {
                var page = plan.Create();
                var root = SitePaths.RootFrom(page.Folder);
                var layout = new LayoutView(
                    page.Title, options.Title, options.Description, root, root + paths.Home, root + paths.DivergingReports,
                    root + paths.Articles, root + paths.People, root + paths.Timeline, root + paths.Figures, root + paths.Outlets,
                    page.Section, page.Trail, options.Language, page.Pager?.Previous, page.Pager?.Next);
                return new ReadOnlySequence<byte>(templates.Render(page, layout));
            }));
        }

        static Func<ReadOnlySequence<byte>> Whole(Func<byte[]> write) => () => new ReadOnlySequence<byte>(write());

        var others = new List<string>();
        void Other(string path, Func<ReadOnlySequence<byte>> write)
        {
            render.Add(path, write);
            others.Add(path);
        }

        // The data files are written as they are made: at 10,000 articles they are 105 MB, held whole at once otherwise.
        var streamed = new Dictionary<string, Action<IBufferWriter<byte>>>(StringComparer.Ordinal);
        void Streamed(string path, Action<IBufferWriter<byte>> write)
        {
            streamed.Add(path, write);
            others.Add(path);
        }

        Streamed(CrossReferenceExport.Path, output => CrossReferenceExport.Write(output, content, index, model.Comparisons));
        // The search index is a few thousand small files made from one index, made once by the first file asked for.
        var search = new Lazy<SearchIndex>(() => SearchIndex.Of(content, index, paths));
        foreach (var (path, write) in SearchIndex.Files(SearchRecords.Count(content, index)))
        {
            Streamed(path, output => write(search.Value, output));
        }

        Other(AtomFeed.Path, Whole(() => AtomFeed.Write(content, options, paths)));
        if (options.BaseUrl is { } baseUrl)
        {
            Other(Sitemap.Path, Whole(() => Sitemap.Write(baseUrl, pages, paths)));
        }

        foreach (var (path, source) in VerbatimFolder.Files(templates.AssetsFolder, "templates/assets"))
        {
            Other("assets/" + path, Whole(() => File.ReadAllBytes(source)));
        }

        if (staticFolder != null)
        {
            var clashes = new List<SiteDiagnostic>();
            foreach (var (path, source) in VerbatimFolder.Files(staticFolder, "static/"))
            {
                if (render.ContainsKey(path) || streamed.ContainsKey(path) || path == SiteWriter.Marker)
                {
                    clashes.Add(new SiteDiagnostic(source, 1, 1, SiteErrorIds.VerbatimFileRefused,
                        $"the site already has a file at {path}, which SiteGen writes; rename or remove this static file"));
                    continue;
                }

                Other(path, Whole(() => File.ReadAllBytes(source)));
            }

            if (clashes.Count > 0)
            {
                throw new SiteBuildException(clashes);
            }
        }

        return new SitePlan(pages.Select(p => p.OutputPath).ToList(), others, render, streamed, content.Articles.Count, content.People.Count, content.Outlets.Count, Warnings(content, index))
        {
            UnknownNames = index.UnknownNames,
        };
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

    /// <summary>
    /// Runs one piece of work for one file (an article's body, a page), so that a failure SiteGen did not foresee
    /// names the file and stops the build like any error, rather than ending the program or the preview.
    /// </summary>
    private static T Located<T>(string path, int line, Func<T> work)
    {
        try
        {
            return work();
        }
        catch (Exception e) when (e is not SiteBuildException and not OperationCanceledException)
        {
            throw new SiteBuildException(new SiteDiagnostic(path, line, 1, SiteErrorIds.Unexpected,
                $"SiteGen failed on this file ({e.GetType().Name}: {e.Message}); please report it with this file"));
        }
    }

    /// <summary>Runs <paramref name="work"/> over all items on all cores, keeping their order and reporting every build error.</summary>
    private static List<TResult> InParallel<TItem, TResult>(IEnumerable<TItem> items, Func<TItem, TResult> work)
    {
        try
        {
            return items.AsParallel().AsOrdered().Select(work).ToList();
        }
        catch (AggregateException e) when (e.Flatten().InnerExceptions.All(inner => inner is SiteBuildException))
        {
            var errors = e.Flatten().InnerExceptions.Cast<SiteBuildException>().SelectMany(inner => inner.Errors).Distinct().ToList();
            throw new SiteBuildException(errors);
        }
    }

    /// <summary>
    /// The warnings of the people's spellings (<see cref="PeopleNameRules"/>), then one per unknown name and article, at
    /// the first sentence that uses it.
    /// </summary>
    private static List<SiteDiagnostic> Warnings(ContentSet content, CrossReferenceIndex index) =>
        PeopleNameRules.Warnings(content, (person, spelling) => index.MentionsOf(person).Where(m => m.Text == spelling).Select(m => m.Sentence).Distinct().Count())
        .Concat(index.UnknownNames
            .GroupBy(u => (u.Name, u.Sentence.Article.Slug))
            .Select(g => g.First())
            .Select(u => new SiteDiagnostic(
                Path.Combine(content.ContentRoot, u.Sentence.Article.File.RelativePath),
                u.Sentence.Line,
                1,
                SiteErrorIds.UnknownPerson,
                $"'{u.Name}' looks like a person's name but is in no file of people/; add people/{FrontMatter.Slug.Suggest(u.Name)}.md (with every spelling as an alias) so the name gets a page",
                IsWarning: true)))
            .ToList();

    private static string PeopleFingerprint(ContentSet content) =>
        string.Join('\n', content.People.Select(p => p.File.RelativePath + " " + p.File.FrontMatterSha256));

    private sealed record RenderedWith(string People, RenderedBody Body);

    /// <summary>The article's body as rendered in an earlier build against the same people, if there was one.</summary>
    private bool TryGetRendered(Article article, string people, [NotNullWhen(true)] out RenderedBody? body)
    {
        body = _renderedBodies.TryGetValue(article, out var kept) && kept.People == people ? kept.Body : null;
        return body != null;
    }

    /// <summary>
    /// Reads the bodies of the articles still to be rendered and of every other record, gathering all problems before
    /// stopping so a writer sees them in one run, in file order. Files not read before (all of them in a build, the
    /// edited ones in the preview) are read on all cores.
    /// </summary>
    /// <returns>The articles' Markdown, for rendering only, and the other records' bodies, which pages show.</returns>
    private (Dictionary<Article, string> Articles, Dictionary<ContentRecord, string> Others) ReadBodies(ContentSet content, Func<Article, bool> toRender)
    {
        var reader = new ContentBodyReader(content.ContentRoot);
        var articles = content.Articles.Where(toRender).ToList();
        var others = content.People.Cast<ContentRecord>().Concat(content.Outlets).Concat(content.Quantities).ToList();
        var read = articles.Cast<ContentRecord>().Concat(others.Where(record => !_bodies.TryGetValue(record, out _)))
            .AsParallel()
            .AsOrdered()
            .Select(record =>
            {
                try
                {
                    return (Record: record, Body: reader.ReadBody(record), Errors: (IReadOnlyList<SiteDiagnostic>)[]);
                }
                catch (SiteBuildException e)
                {
                    return (Record: record, Body: string.Empty, Errors: e.Errors);
                }
            })
            .ToList();
        var errors = read.SelectMany(r => r.Errors).ToList();
        if (errors.Count > 0)
        {
            throw new SiteBuildException(errors);
        }

        var articleBodies = new Dictionary<Article, string>(articles.Count, ReferenceEqualityComparer.Instance as IEqualityComparer<Article>);
        foreach (var (record, body, _) in read)
        {
            if (record is Article article)
            {
                articleBodies.Add(article, body);
            }
            else
            {
                _bodies.AddOrUpdate(record, body);
            }
        }

        var otherBodies = new Dictionary<ContentRecord, string>(others.Count, ReferenceEqualityComparer.Instance as IEqualityComparer<ContentRecord>);
        foreach (var record in others)
        {
            otherBodies.Add(record, _bodies.GetValue(record, reader.ReadBody));
        }

        return (articleBodies, otherBodies);
    }
}
