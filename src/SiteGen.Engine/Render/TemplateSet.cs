using System.Globalization;
using Scriban;
using Scriban.Parsing;
using Scriban.Syntax;
using SiteGen.Buffers;
using SiteGen.Diagnostics;
using SiteGen.Model;
using SiteGen.Model.Views;
using SiteGen.Render.Compiled;
using SiteGen.Templates;

namespace SiteGen.Render;

/// <summary>
/// The site's Scriban templates, each parsed once: <c>layout.sbn-html</c> wraps every page and writes it with
/// <c>{{ content }}</c>, <c>pages/*.sbn-html</c> render one page kind each, <c>partials/*.sbn-html</c> are shared
/// pieces written with <c>include</c>. Values are HTML-encoded (<see cref="HtmlTemplateContext"/>); a template that
/// does not parse, or uses a value, member or partial that does not exist, is an error at its file, line and column.
/// A page is written straight into its UTF-8 bytes.
/// </summary>
internal sealed class TemplateSet
{
    /// <summary>Scriban's extension for HTML templates, which editors with Scriban support recognise.</summary>
    public const string Extension = TemplateRules.Extension;

    /// <summary>
    /// Iterations of a loop and the loops inside it, counted together (Scriban starts the count again at each loop
    /// outside any other): far above what a page of a large archive needs, low enough that a loop without end stops in
    /// seconds.
    /// </summary>
    public const int IterationLimit = 10_000_000;

    /// <summary>How deeply partials may include partials: a partial that includes itself stops here.</summary>
    public const int PartialDepthLimit = 32;

    private const string LayoutName = TemplateRules.LayoutName;

    private const string LayoutFile = LayoutName + Extension;

    private readonly string _root;
    private readonly Template _layout;
    private readonly Dictionary<string, Template> _pages;
    private readonly Dictionary<string, Template> _partials;
    private readonly CompiledTemplates? _compiled;
    private readonly HashSet<string> _compiledPages;

    private TemplateSet(string root, Template layout, Dictionary<string, Template> pages, Dictionary<string, Template> partials, CompiledTemplates? compiled, HashSet<string> compiledPages)
    {
        _root = root;
        _layout = layout;
        _pages = pages;
        _partials = partials;
        _compiled = compiled;
        _compiledPages = compiledPages;
    }

    /// <summary>The page kinds rendered by their compiled methods; the others are interpreted.</summary>
    public IReadOnlyCollection<string> CompiledPages => _compiledPages;

    public string AssetsFolder => Path.Combine(_root, AssetsName);

    /// <summary>The folder of files published as they are (stylesheet, scripts), inside the templates folder.</summary>
    public const string AssetsName = "assets";

    /// <summary>
    /// Reads and parses the templates in <paramref name="root"/>. A page kind is rendered by <paramref name="compiled"/>
    /// (the report's compile of its templates) when the layout, its template and every partial it includes are the
    /// text that was compiled; otherwise, as after an edit since the compile or with other templates, it is interpreted.
    /// </summary>
    public static TemplateSet Load(string root, CompiledTemplates? compiled = null)
    {
        Content.RefusedEntries.EnsureNone(root, "the templates folder", except: AssetsName);
        var layoutPath = Path.Combine(root, LayoutFile);
        if (!File.Exists(layoutPath))
        {
            throw new SiteBuildException(new SiteDiagnostic(layoutPath, 1, 1, SiteErrorIds.TemplateInvalid, TemplateRules.NoLayout));
        }

        var texts = new Dictionary<string, string>(StringComparer.Ordinal) { [LayoutName] = File.ReadAllText(layoutPath) };
        var pages = new Dictionary<string, Template>(StringComparer.Ordinal);
        var partials = new Dictionary<string, Template>(StringComparer.Ordinal);
        foreach (var (folder, templates) in new[] { (TemplateRules.PagesFolder, pages), (TemplateRules.PartialsFolder, partials) })
        {
            foreach (var path in TemplateFiles(Path.Combine(root, folder)))
            {
                var name = Path.GetFileName(path)[..^Extension.Length];
                var text = File.ReadAllText(path);
                texts[folder + name] = text;
                templates[name] = Parse(text, path);
            }
        }

        return new TemplateSet(root, Parse(texts[LayoutName], layoutPath), pages, partials, compiled, CompiledPagesOf(compiled, texts));
    }

    /// <summary>The page kinds whose compiled method was made from the templates as they are now.</summary>
    private static HashSet<string> CompiledPagesOf(CompiledTemplates? compiled, Dictionary<string, string> texts)
    {
        if (compiled == null)
        {
            return [];
        }

        var fingerprints = texts.ToDictionary(t => t.Key, t => CompiledTemplates.Fingerprint(t.Value), StringComparer.Ordinal);
        return compiled.Pages
            .Where(page => page.Value.All(template => fingerprints.TryGetValue(template, out var now) && compiled.Sources.TryGetValue(template, out var then) && now == then))
            .Select(page => page.Key)
            .ToHashSet(StringComparer.Ordinal);
    }

    /// <summary>What the template files are now (paths, sizes, write times): equal fingerprints mean nothing to parse again.</summary>
    public static string Fingerprint(string root) =>
        Directory.Exists(root)
            ? string.Join('\n', Content.FolderWalk.FilesAndLinks(root)
                .OrderBy(f => f.FullName, StringComparer.Ordinal)
                .Select(f => string.Create(CultureInfo.InvariantCulture, $"{f.FullName}|{(f as FileInfo)?.Length}|{f.LastWriteTimeUtc.Ticks}")))
            : string.Empty;

    /// <summary>
    /// The page inside the layout, as UTF-8 bytes: a view of a buffer this thread renders its next page into, so write
    /// or copy it first (a copy per page was a large-object allocation for every page listing hundreds of mentions).
    /// </summary>
    /// <param name="cancel">Stops an interpreted template at its next step (the preview's time limit, or its reader
    /// leaving). A compiled page needs none: it loops only over the view's lists, whose length the page's data bounds.</param>
    public ReadOnlyMemory<byte> Render(Page page, LayoutView layout, CancellationToken cancel = default)
    {
        if (!_pages.TryGetValue(page.Template, out var template))
        {
            throw new SiteBuildException(new SiteDiagnostic(Path.Combine(_root, "pages", page.Template + Extension), 1, 1, SiteErrorIds.TemplateInvalid,
                TemplateRules.NoPageTemplate(page.Template)));
        }

        var output = t_page is { } kept && BufferReuse.Allows(kept.Capacity) ? kept : t_page = new Utf8TextBuffer(64 * 1024);
        try
        {
            if (_compiled != null && _compiledPages.Contains(page.Template))
            {
                _compiled.Render(layout, page.View, t_writer?.Page == output ? t_writer : t_writer = new TemplateWriter(output));
            }
            else
            {
                if (t_context?.Set != this)
                {
                    t_context = (this, new HtmlTemplateContext(name => _partials.GetValueOrDefault(name)));
                }

                t_context.Value.Context.CancellationToken = cancel;
                t_context.Value.Context.Render(_layout, layout, template, page.View, output);
            }

            return output.Take();
        }
        catch (ScriptAbortException e) when (cancel.IsCancellationRequested)
        {
            Discard();
            throw new SiteBuildException(Located(e.Span, SiteErrorIds.TemplateFailed, TemplateRules.Stopped));
        }
        catch (ScriptRuntimeException e)
        {
            Discard();
            throw new SiteBuildException(Located(e.Span, SiteErrorIds.TemplateFailed, e.OriginalMessage));
        }
        catch
        {
            Discard();
            throw;
        }
    }

    /// <summary>After a failed page the buffer may hold part of it and the context be part-way through it: the next page gets new ones.</summary>
    private static void Discard()
    {
        t_page = null;
        t_context = null;
    }

    /// <summary>
    /// One buffer per thread, reused from page to page as <see cref="BufferReuse"/> says: a fresh buffer per page grew by
    /// doubling, and for the large pages of an archive every step was a large-object allocation, which the runtime pays
    /// for with full collections.
    /// </summary>
    [ThreadStatic]
    private static Utf8TextBuffer? t_page;

    [ThreadStatic]
    private static TemplateWriter? t_writer;

    /// <summary>One context per thread and template set: a context is not thread-safe, and making one per page costs its setup.</summary>
    [ThreadStatic]
    private static (TemplateSet Set, HtmlTemplateContext Context)? t_context;

    private static Template Parse(string text, string path)
    {
        var template = Template.Parse(text, path);
        if (template.HasErrors)
        {
            var first = template.Messages.First(m => m.Type == ParserMessageType.Error);
            throw new SiteBuildException(Located(first.Span, SiteErrorIds.TemplateInvalid, TemplateRules.NotParsed(first.Message)));
        }

        return template;
    }

    private static SiteDiagnostic Located(SourceSpan span, string id, string message) =>
        new(span.FileName, span.Start.Line + 1, span.Start.Column + 1, id, message);

    private static IEnumerable<string> TemplateFiles(string folder) =>
        Directory.Exists(folder)
            ? Directory.EnumerateFiles(folder, "*" + Extension).Order(StringComparer.Ordinal)
            : [];
}
