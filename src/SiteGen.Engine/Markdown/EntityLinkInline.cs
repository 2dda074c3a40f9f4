using Markdig.Helpers;
using Markdig.Syntax.Inlines;

namespace SiteGen.Markdown;

/// <summary>
/// A name, date or figure linked to its page: a slice of the Markdown source with an address and a class. Written as
/// Markdig writes a link with a class, but one small object per link instead of a link, its text as a literal, and an
/// attribute table: an archive's bodies hold hundreds of thousands of these.
/// </summary>
public sealed class EntityLinkInline(StringSlice text, string url, string kind) : LeafInline
{
    public StringSlice Text { get; } = text;

    public string Url { get; } = url;

    /// <summary>The class of the link: <c>person</c>, <c>date</c> or <c>figure</c>.</summary>
    public string Kind { get; } = kind;
}
