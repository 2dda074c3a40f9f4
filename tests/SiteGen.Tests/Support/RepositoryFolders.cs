using System.Runtime.CompilerServices;

namespace SiteGen.Tests;

/// <summary>The repository's folders, found from this file's place in it, for the tests that read or copy its sources.</summary>
public static class RepositoryFolders
{
    public static string Root { get; } = Path.GetFullPath(Path.Combine(SupportFolder(), "..", "..", ".."));

    private static string SupportFolder([CallerFilePath] string source = "") => Path.GetDirectoryName(source)!;
}
