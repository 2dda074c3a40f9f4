using SiteGen.CrossReference;
using SiteGen.Markdown;

namespace SiteGen.Build;

/// <summary>An article's body as rendered, its mentions grouped for the index, and the people it was rendered against.</summary>
/// <param name="People">A fingerprint of the people files: names become links, so other people mean rendering again.</param>
internal sealed record ConvertedArticle(string People, ConvertedBody Body, ArticleIndex Index);
