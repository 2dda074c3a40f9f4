using System.Buffers;
using SiteGen.Content;
using SiteGen.CrossReference;
using SiteGen.Diagnostics;
using SiteGen.Model;
using SiteGen.Model.Views;
using SiteGen.Render;
using SiteGen.Render.Search;
using SiteGen.Write;

namespace SiteGen.Build;

/// <summary>
/// Every file of a site, planned and not made yet: each one is made when asked for (on all cores in a build, on a
/// request in the preview). Pages are rendered from their plans; the data files are written as they are made, since in
/// an archive they are the largest files, which would otherwise be held whole at once.
/// </summary>
internal sealed class SiteFiles(SiteOptions options, SitePaths paths)
{
    private readonly Dictionary<string, Func<CancellationToken, ReadOnlySequence<byte>>> _made = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Action<IBufferWriter<byte>>> _streamed = new(StringComparer.Ordinal);
    private readonly List<string> _pages = [];
    private readonly List<string> _others = [];

    /// <summary>Each page, its view made from its plan and written by its template inside the site's layout.</summary>
    public void AddPages(IReadOnlyList<PlannedPage> pages, TemplateSet templates)
    {
        foreach (var plan in pages)
        {
            _pages.Add(plan.OutputPath);
            _made.Add(plan.OutputPath, cancel => Work.Located(plan.OutputPath, 1, () =>
            {
                var page = plan.Create();
                return new ReadOnlySequence<byte>(templates.Render(page, Layout(page), cancel));
            }));
        }
    }

    private LayoutView Layout(Page page)
    {
        var root = SitePaths.RootFrom(page.Folder);
        return new LayoutView
        {
            Title = page.Title,
            SiteTitle = options.Title,
            Description = options.Description,
            Root = root,
            Home = root + paths.Home,
            DivergingReports = root + paths.DivergingReports,
            Articles = root + paths.Articles,
            People = root + paths.People,
            Timeline = root + paths.Timeline,
            Figures = root + paths.Figures,
            Outlets = root + paths.Outlets,
            Section = page.Section,
            Breadcrumbs = page.Trail,
            Language = options.Language,
            Previous = page.Pager?.Previous,
            Next = page.Pager?.Next,
        };
    }

    /// <summary>The cross-reference export, the search index, the feed and (with a base address) the sitemap.</summary>
    public void AddData(ContentSet content, CrossReferenceIndex index, IReadOnlyList<PlannedPage> pages)
    {
        Streamed(CrossReferenceExport.Path, output => CrossReferenceExport.Write(output, content, index));
        // The search index is a few thousand small files made from one index, made once by the first file asked for.
        var search = new Lazy<SearchIndex>(() => SearchIndex.Of(content, index, paths));
        foreach (var (path, write) in SearchIndex.Files(SearchRecords.Count(content, index)))
        {
            Streamed(path, output => write(search.Value, output));
        }

        Other(AtomFeed.Path, () => AtomFeed.Write(content, options, paths));
        if (options.BaseUrl is { } baseUrl)
        {
            Other(Sitemap.Path, () => Sitemap.Write(baseUrl, pages, paths));
        }
    }

    /// <summary>The templates' assets, under <c>assets/</c>.</summary>
    public void AddAssets(string assetsFolder)
    {
        foreach (var (path, source) in VerbatimFolder.Files(assetsFolder, "templates/assets"))
        {
            Other("assets/" + path, () => File.ReadAllBytes(source));
        }
    }

    /// <summary>The static folder's files at the site's root; one at a path SiteGen writes is an error naming it.</summary>
    public void AddStatic(string? staticFolder)
    {
        if (staticFolder == null)
        {
            return;
        }

        var clashes = new List<SiteDiagnostic>();
        foreach (var (path, source) in VerbatimFolder.Files(staticFolder, "static/"))
        {
            if (_made.ContainsKey(path) || _streamed.ContainsKey(path) || path == SiteWriter.Marker)
            {
                clashes.Add(new SiteDiagnostic(source, 1, 1, SiteErrorIds.VerbatimFileRefused,
                    $"the site already has a file at {path}, which SiteGen writes; rename or remove this static file"));
                continue;
            }

            Other(path, () => File.ReadAllBytes(source));
        }

        if (clashes.Count > 0)
        {
            throw new SiteBuildException(clashes);
        }
    }

    public SitePlan ToPlan(ContentSet content, CrossReferenceIndex index, IReadOnlyList<SiteDiagnostic> warnings) =>
        new(_pages, _others, _made, _streamed, content.Articles.Count, content.People.Count, content.Outlets.Count, warnings)
        {
            UnknownNames = index.UnknownNames,
        };

    private void Other(string path, Func<byte[]> write)
    {
        _made.Add(path, _ => new ReadOnlySequence<byte>(write()));
        _others.Add(path);
    }

    private void Streamed(string path, Action<IBufferWriter<byte>> write)
    {
        _streamed.Add(path, write);
        _others.Add(path);
    }
}
