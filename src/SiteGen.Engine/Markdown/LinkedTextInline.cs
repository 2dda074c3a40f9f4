using Markdig.Helpers;
using Markdig.Syntax.Inlines;

namespace SiteGen.Markdown;

/// <summary>
/// A run of text with the names, dates and figures in it linked to their pages: one object for a literal and all its
/// links, where Markdig would make a literal for each piece between links and a link, a literal and an attribute table
/// for each link. An archive's bodies hold hundreds of thousands of links.
/// </summary>
/// <param name="text">A slice of the Markdown source, as the literal it replaces was.</param>
/// <param name="links">The links, in order and not overlapping, at positions in <paramref name="text"/>.</param>
internal sealed class LinkedTextInline(StringSlice text, EntityLink[] links) : LeafInline
{
    public StringSlice Text { get; } = text;

    public ReadOnlyMemory<EntityLink> Links { get; } = links;
}
