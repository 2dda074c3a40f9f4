namespace SiteGen.Content;

/// <summary>A news organisation: the schema of <c>content/outlets/*.md</c>; the body describes it.</summary>
public sealed record Outlet : ContentRecord
{
    /// <summary>What the site calls the outlet of an article whose source does not name one: never a guessed name.</summary>
    public const string Unnamed = "Outlet not named in the source";

    public required string Name { get; init; }

    /// <summary>Where it is based, when the sources say.</summary>
    public string? Country { get; init; }

    /// <summary>Its home page, when the sources give it.</summary>
    public Uri? Url { get; init; }
}
