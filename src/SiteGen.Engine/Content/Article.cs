namespace SiteGen.Content;

/// <summary>
/// A news article: the schema of <c>content/articles/*.md</c>. Each property is a front-matter key
/// (<c>SourceNote</c> is written <c>source_note</c>); <c>required</c> ones must be present.
/// </summary>
public sealed record Article : ContentRecord
{
    /// <summary>The headline.</summary>
    public required string Title { get; init; }

    /// <summary>The article's address: <c>/articles/{slug}/</c>.</summary>
    [Slug]
    public required string Slug { get; init; }

    /// <summary>Publication date.</summary>
    public required DateOnly Date { get; init; }

    /// <summary>The key of the outlet that published it; absent when the source does not name the outlet.</summary>
    [References(typeof(Outlet))]
    public string? Outlet { get; init; }

    /// <summary>The original article's address, when the source gives it.</summary>
    public Uri? Url { get; init; }

    /// <summary>Bylines as printed.</summary>
    public IReadOnlyList<string> Authors { get; init; } = [];

    /// <summary>One sentence saying what the article reports.</summary>
    public required string Summary { get; init; }

    /// <summary>Where this text came from: the file or page it was taken from, and how.</summary>
    public required string Source { get; init; }

    /// <summary>People the article is about (keys of <c>content/people/</c>), listed first on its page.</summary>
    [References(typeof(Person))]
    public IReadOnlyList<string> People { get; init; } = [];
}
