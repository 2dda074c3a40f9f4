using SiteGen.Diagnostics;

namespace SiteGen.Content;

/// <summary>
/// The links in one of a report's folders that SiteGen refuses (<see cref="FolderLinks"/>): a link to a folder, out
/// of the folder, to nothing, or a loop. Checked before the folder is read or compiled, since the compiler's file
/// patterns and .NET's folder listings both follow a link to a folder, into files outside the report or round a loop.
/// </summary>
internal static class ReportLinks
{
    /// <param name="name">The folder as a message names it ("the content folder").</param>
    /// <param name="except">A folder inside it whose links are checked elsewhere, with their own message (the templates' assets).</param>
    public static IReadOnlyList<SiteDiagnostic> Problems(string folder, string name, string? except = null) =>
        Directory.Exists(folder)
            ? FolderWalk.FilesAndLinks(folder)
                .Where(entry => entry.LinkTarget != null && (except == null || !Path.GetRelativePath(folder, entry.FullName).Split(Path.DirectorySeparatorChar)[0].Equals(except, StringComparison.Ordinal)))
                .OrderBy(entry => entry.FullName, StringComparer.Ordinal)
                .Select(entry => FolderLinks.Problem(folder, entry.FullName, name) is { } problem
                    ? new SiteDiagnostic(entry.FullName, 1, 1, SiteErrorIds.ContentUnreadable, problem)
                    : null)
                .OfType<SiteDiagnostic>()
                .ToList()
            : [];

    /// <summary>Refuses the folder when it has a link SiteGen does not follow.</summary>
    public static void EnsureNone(string folder, string name, string? except = null)
    {
        if (Problems(folder, name, except) is { Count: > 0 } problems)
        {
            throw new SiteBuildException(problems);
        }
    }
}
