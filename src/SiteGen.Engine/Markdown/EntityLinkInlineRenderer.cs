using Markdig.Renderers;
using Markdig.Renderers.Html;

namespace SiteGen.Markdown;

/// <summary>Writes <see cref="EntityLinkInline"/> as <c>&lt;a href="…" class="…"&gt;text&lt;/a&gt;</c>, or its text alone where HTML is off.</summary>
public sealed class EntityLinkInlineRenderer : HtmlObjectRenderer<EntityLinkInline>
{
    protected override void Write(HtmlRenderer renderer, EntityLinkInline link)
    {
        if (renderer.EnableHtmlForInline)
        {
            renderer.Write("<a href=\"").WriteEscapeUrl(link.Url).Write("\" class=\"").Write(link.Kind).Write("\">");
        }

        var text = link.Text;
        if (renderer.EnableHtmlEscape)
        {
            renderer.WriteEscape(ref text);
        }
        else
        {
            renderer.Write(ref text);
        }

        if (renderer.EnableHtmlForInline)
        {
            renderer.Write("</a>");
        }
    }
}
