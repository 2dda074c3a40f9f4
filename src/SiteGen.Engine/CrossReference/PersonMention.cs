using SiteGen.Content;

namespace SiteGen.CrossReference;

/// <summary>One sentence of an article that names a person.</summary>
/// <param name="Anchor">The sentence's id in the article page, e.g. <c>s-12</c>.</param>
/// <param name="Text">The words matched, as written.</param>
/// <param name="Sentence">The whole sentence as plain text.</param>
public sealed record PersonMention(Person Person, Article Article, string Anchor, string Text, string Sentence);
