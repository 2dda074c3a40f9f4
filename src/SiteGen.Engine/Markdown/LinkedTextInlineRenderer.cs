using Markdig.Helpers;
using Markdig.Renderers;
using Markdig.Renderers.Html;
using SiteGen.Buffers;

namespace SiteGen.Markdown;

/// <summary>
/// Writes <see cref="LinkedTextInline"/> as Markdig writes its pieces: the text between links as literals, each link as
/// <c>&lt;a href="…" class="…"&gt;text&lt;/a&gt;</c> (its text alone where HTML is off).
/// </summary>
internal sealed class LinkedTextInlineRenderer : HtmlObjectRenderer<LinkedTextInline>
{
    private readonly List<FigureLinkSpan> _figureLinks = [];

    /// <summary>Where the figure links written since the last call stand, then forgets them (one body at a time).</summary>
    public IReadOnlyList<FigureLinkSpan> TakeFigureLinks()
    {
        if (_figureLinks.Count == 0)
        {
            return [];
        }

        var links = _figureLinks.ToArray();
        _figureLinks.Clear();
        return links;
    }

    protected override void Write(HtmlRenderer renderer, LinkedTextInline inline)
    {
        var buffer = renderer.Writer as Utf8TextBuffer;
        var text = inline.Text;
        var position = 0;
        foreach (var link in inline.Links.Span)
        {
            WriteText(renderer, text, position, link.Start);
            var openStart = buffer?.Length ?? 0;
            var openLength = 0;
            if (renderer.EnableHtmlForInline)
            {
                renderer.Write("<a href=\"").WriteEscapeUrl(link.Url).Write("\" class=\"").Write(link.Kind).Write("\">");
                openLength = (buffer?.Length ?? 0) - openStart;
            }

            WriteText(renderer, text, link.Start, link.End);
            if (renderer.EnableHtmlForInline)
            {
                if (buffer != null && link.FigureKey is { } key)
                {
                    _figureLinks.Add(new FigureLinkSpan(key, openStart, openLength, buffer.Length));
                }

                renderer.Write("</a>");
            }

            position = link.End;
        }

        WriteText(renderer, text, position, text.Length);
    }

    private static void WriteText(HtmlRenderer renderer, StringSlice text, int from, int to)
    {
        if (from >= to)
        {
            return;
        }

        var piece = new StringSlice(text.Text, text.Start + from, text.Start + to - 1);
        if (renderer.EnableHtmlEscape)
        {
            renderer.WriteEscape(ref piece);
        }
        else
        {
            renderer.Write(ref piece);
        }
    }
}
