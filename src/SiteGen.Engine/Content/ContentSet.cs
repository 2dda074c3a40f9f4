namespace SiteGen.Content;

/// <summary>The compiled collections a site is built from, and the folder their bodies are read from.</summary>
public sealed record ContentSet(
    string ContentRoot,
    IReadOnlyList<Article> Articles,
    IReadOnlyList<Person> People,
    IReadOnlyList<Outlet> Outlets,
    IReadOnlyList<Quantity> Quantities);
