using Markdig;
using Markdig.Renderers;
using SiteGen.Buffers;
using SiteGen.Content;
using SiteGen.Diagnostics;
using SiteGen.Html;

namespace SiteGen.Markdown;

/// <summary>
/// Renders Markdown bodies with one pipeline built once: raw HTML is shown as text, unsafe links are dropped,
/// paragraphs are split into anchored sentences, and names, dates and figures link to their pages.
/// </summary>
internal sealed class BodyConverter(SentenceLinker linker)
{
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder()
        .DisableHtml()
        .UseAutoIdentifiers(Markdig.Extensions.AutoIdentifiers.AutoIdentifierOptions.GitHub)
        .UseEmphasisExtras()
        .UsePipeTables()
        .Use<SentenceExtension>()
        .Build();

    /// <param name="bodyStartLine">The file line the body starts on, so messages name the right line.</param>
    /// <param name="sourcePath">The file the body comes from, for messages; the article's path in the content folder by default.</param>
    public ConvertedBody ConvertArticle(string markdown, Article article, int bodyStartLine = 1, string? sourcePath = null) =>
        WithinDepth(sourcePath ?? article.File.RelativePath, bodyStartLine, () =>
        {
            var document = Parse(markdown);
            var sentences = SentenceAnnotator.Annotate(document);
            var facts = linker.Link(sentences, article, bodyStartLine);
            var html = ToHtml(document, out var figureLinks);
            return new ConvertedBody(html, facts, figureLinks);
        });

    /// <summary>Biographies and outlet descriptions: safe Markdown without sentence anchors or name links.</summary>
    public static Utf8Html ConvertPlain(string markdown, string sourcePath = "") =>
        WithinDepth(sourcePath, 1, () => ToHtml(Parse(markdown), out _));

    /// <summary>A body's syntax tree as every page shows it: unsafe links already dropped.</summary>
    public static Markdig.Syntax.MarkdownDocument Parse(string markdown)
    {
        var document = Markdig.Markdown.Parse(markdown, Pipeline);
        LinkSafety.Apply(document);
        return document;
    }

    /// <summary>
    /// Markdig refuses input nested past its depth limit (instead of overflowing the stack), while parsing or, for
    /// emphasis within emphasis, while rendering, with an <see cref="ArgumentException"/> of its own: the one input it
    /// refuses, so any such exception from Markdig is that, said at the file.
    /// </summary>
    private static T WithinDepth<T>(string sourcePath, int bodyStartLine, Func<T> render)
    {
        try
        {
            return render();
        }
        catch (ArgumentException e) when (e.Source == MarkdigAssembly)
        {
            throw new SiteBuildException(new SiteDiagnostic(sourcePath, bodyStartLine, 1, SiteErrorIds.MarkdownTooDeep,
                "the Markdown nests quotes, lists, brackets or emphasis inside one another more deeply than SiteGen converts; flatten it"));
        }
    }

    private static readonly string? MarkdigAssembly = typeof(Markdig.Markdown).Assembly.GetName().Name;

    private static Utf8Html ToHtml(Markdig.Syntax.MarkdownDocument document, out IReadOnlyList<FigureLinkSpan> figureLinks)
    {
        // One buffer and one renderer per thread, emptied per body and reused as BufferReuse says: a fresh buffer grew by
        // doubling through every article, and a fresh renderer made and set up its dozens of object renderers for each.
        var renderer = t_renderer is { } kept && BufferReuse.Allows(((Utf8TextBuffer)kept.Writer).Capacity) ? kept : t_renderer = NewRenderer();
        var output = (Utf8TextBuffer)renderer.Writer;
        var links = renderer.ObjectRenderers.FindExact<LinkedTextInlineRenderer>()!;
        try
        {
            renderer.Render(document);
            figureLinks = links.TakeFigureLinks();
            var html = new Utf8Html(output.Take().ToArray());
            // A large body should not keep its buffer alive for the rest of the build.
            if (output.Capacity > 1024 * 1024)
            {
                t_renderer = null;
            }

            return html;
        }
        catch
        {
            // After a failed body the renderer may be part-way through it: the next body gets a new one.
            t_renderer = null;
            throw;
        }
    }

    private static HtmlRenderer NewRenderer()
    {
        var renderer = new HtmlRenderer(new Utf8TextBuffer(16 * 1024));
        Pipeline.Setup(renderer);
        return renderer;
    }

    [ThreadStatic]
    private static HtmlRenderer? t_renderer;
}
