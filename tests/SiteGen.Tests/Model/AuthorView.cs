// Views live in the engine's views namespace, the only one whose properties templates can see.
namespace SiteGen.Model.Views;

/// <summary>The view of the page kind <see cref="SiteGen.Tests.Model.NewPageKindTests"/> adds: an author and their articles.</summary>
[Template("pages/author")]
public sealed record AuthorView
{
    public required string Name { get; init; }

    public required IReadOnlyList<ArticleLink> Articles { get; init; }
}
