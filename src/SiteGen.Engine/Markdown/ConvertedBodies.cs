using SiteGen.Content;
using SiteGen.Html;

namespace SiteGen.Markdown;

/// <summary>Every body of the report as HTML: the articles' with their links and facts, the other records' as they are.</summary>
/// <param name="Articles">Each article's body, its sentences linked to the pages of what they mention.</param>
/// <param name="Others">The body of each person, outlet and tracked quantity.</param>
internal sealed record ConvertedBodies(IReadOnlyDictionary<Article, ConvertedBody> Articles, IReadOnlyDictionary<ContentRecord, Utf8Html> Others);
