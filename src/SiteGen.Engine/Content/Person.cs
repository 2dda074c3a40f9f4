namespace SiteGen.Content;

/// <summary>A named public figure: the schema of <c>content/people/*.md</c>; the body is a short biography.</summary>
public sealed record Person : ContentRecord
{
    /// <summary>The name as the site shows it.</summary>
    public required string Name { get; init; }

    /// <summary>Every other spelling the articles use (surname alone, transliterations).</summary>
    public IReadOnlyList<string> Aliases { get; init; } = [];

    /// <summary>
    /// Spellings that are also everyday words ("May" for Theresa May): they count as this person only in an article that
    /// has already named them by their name or another alias, so "May 24" stays a date.
    /// </summary>
    public IReadOnlyList<string> AliasesAfterName { get; init; } = [];

    /// <summary>The position the reports give, e.g. "President of Ukraine".</summary>
    public required string Role { get; init; }

    /// <summary>The country, government or organisation they act for.</summary>
    public string? Affiliation { get; init; }
}
