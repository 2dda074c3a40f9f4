using Markdig;
using Markdig.Renderers;

namespace SiteGen.Markdown;

/// <summary>
/// Registers the renderers of <see cref="SentenceInline"/> and <see cref="LinkedTextInline"/>; <see cref="SentenceAnnotator"/>
/// and <see cref="SentenceLinker"/> put them in the tree.
/// </summary>
internal sealed class SentenceExtension : IMarkdownExtension
{
    public void Setup(MarkdownPipelineBuilder pipeline)
    {
    }

    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
        if (renderer is HtmlRenderer html && !html.ObjectRenderers.Contains<SentenceInlineRenderer>())
        {
            html.ObjectRenderers.Insert(0, new SentenceInlineRenderer());
            html.ObjectRenderers.Insert(0, new LinkedTextInlineRenderer());
        }
    }
}
