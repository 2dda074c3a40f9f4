namespace SiteGen.Content;

/// <summary>What every content record carries besides its front matter: its identity and the file it came from.</summary>
public abstract record ContentRecord
{
    /// <summary>The file name without <c>.md</c>; other files refer to the entry by it.</summary>
    public required string Key { get; init; }

    public required ContentFile File { get; init; }
}
