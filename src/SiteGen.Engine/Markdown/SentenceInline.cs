using Markdig.Syntax.Inlines;

namespace SiteGen.Markdown;

/// <summary>The inlines of one sentence, rendered as a span with a stable id so mentions can link to it.</summary>
public sealed class SentenceInline(string anchor, string text) : ContainerInline
{
    /// <summary>The id in the page, e.g. <c>s-12</c>.</summary>
    public string Anchor { get; } = anchor;

    /// <summary>The sentence as plain text.</summary>
    public string Text { get; } = text;
}
