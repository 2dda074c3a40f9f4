namespace SiteGen.Tests;

/// <summary>The tests that build the repository's own report project, one at a time: two builds of one project at once would write the same files.</summary>
public static class RepositoryReport
{
    public const string Collection = "the repository's report project";
}
