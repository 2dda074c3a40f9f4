using SiteGen.Content;

namespace SiteGen;

/// <summary>
/// The report's content, compiled from <c>content/</c> by the source generator: one list per collection,
/// each entry a typed record checked at build time.
/// </summary>
[ContentCollection(typeof(Article), "articles")]
[ContentCollection(typeof(Person), "people")]
[ContentCollection(typeof(Outlet), "outlets")]
[ContentCollection(typeof(Quantity), "quantities")]
public static partial class SiteContent
{
    public static ContentSet All => new(ContentRoot, Articles, People, Outlets, Quantities);
}
