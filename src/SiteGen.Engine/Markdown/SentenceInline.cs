using Markdig.Syntax.Inlines;

namespace SiteGen.Markdown;

/// <summary>The inlines of one sentence, rendered as a span with a stable id so mentions can link to it.</summary>
internal sealed class SentenceInline : ContainerInline
{
    /// <param name="line">The 0-based line of its paragraph in the Markdown body, for messages about it.</param>
    public SentenceInline(string anchor, int line)
    {
        Anchor = anchor;
        Line = line;
    }

    /// <summary>The id in the page, e.g. <c>s-12</c>.</summary>
    public string Anchor { get; }
}
