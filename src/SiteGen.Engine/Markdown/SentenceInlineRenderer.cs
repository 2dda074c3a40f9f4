using Markdig.Renderers;
using Markdig.Renderers.Html;

namespace SiteGen.Markdown;

internal sealed class SentenceInlineRenderer : HtmlObjectRenderer<SentenceInline>
{
    protected override void Write(HtmlRenderer renderer, SentenceInline sentence)
    {
        if (!renderer.EnableHtmlForInline)
        {
            renderer.WriteChildren(sentence);
            return;
        }

        renderer.Write("<span class=\"sentence\" id=\"").Write(sentence.Anchor).Write("\">");
        renderer.WriteChildren(sentence);
        renderer.Write("</span>");
    }
}
