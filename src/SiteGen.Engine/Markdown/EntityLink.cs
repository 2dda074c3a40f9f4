namespace SiteGen.Markdown;

/// <summary>A link from <see cref="Start"/> up to <see cref="End"/> of a text to <see cref="Url"/>.</summary>
/// <param name="Kind">The class of the link: <c>person</c>, <c>date</c> or <c>figure</c>.</param>
/// <param name="FigureKey">For a figure, its key: whether it gets a page is known only once every article is read.</param>
internal readonly record struct EntityLink(int Start, int End, string Url, string Kind, string? FigureKey = null);
