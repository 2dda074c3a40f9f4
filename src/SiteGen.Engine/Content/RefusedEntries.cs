using SiteGen.Diagnostics;

namespace SiteGen.Content;

/// <summary>
/// The entries of one of a report's folders that SiteGen refuses: a link to a folder, out of the folder, to nothing, or
/// a loop (<see cref="FolderLinks"/>), and a file it would read that is not a regular file (a FIFO, whose read waits
/// for ever). Checked before the folder is read or compiled, since the compiler's file patterns and .NET's folder
/// listings both follow a link to a folder, into files outside the report or round a loop.
/// </summary>
internal static class RefusedEntries
{
    /// <summary>The kinds of file SiteGen reads from content and templates: Markdown and templates.</summary>
    private static readonly string[] Read = [".md", ".sbn-html"];

    public const string NotAFile = "this is not a file but a FIFO, socket or device, and reading it would wait for ever; delete it, or replace it with a file";

    /// <param name="name">The folder as a message names it ("the content folder").</param>
    /// <param name="except">A folder inside it whose links are checked elsewhere, with their own message (the templates' assets).</param>
    public static IReadOnlyList<SiteDiagnostic> Problems(string folder, string name, string? except = null) =>
        Directory.Exists(folder)
            ? FolderWalk.FilesAndLinks(folder)
                .Where(entry => except == null || !Path.GetRelativePath(folder, entry.FullName).Split(Path.DirectorySeparatorChar)[0].Equals(except, StringComparison.Ordinal))
                .Select(entry => ProblemOf(entry, folder, name) is { } problem
                    ? new SiteDiagnostic(entry.FullName, 1, 1, SiteErrorIds.ContentUnreadable, problem)
                    : null)
                .OfType<SiteDiagnostic>()
                .OrderBy(problem => problem.Path, StringComparer.Ordinal)
                .ToList()
            : [];

    // The listing's attributes say which entries are links: asking every file for its target is a system call per file.
    private static string? ProblemOf(FileSystemInfo entry, string folder, string name) =>
        (entry.Attributes & FileAttributes.ReparsePoint) != 0 && entry.LinkTarget != null ? FolderLinks.Problem(folder, entry.FullName, name)
        : entry is FileInfo file && Read.Any(extension => file.Name.EndsWith(extension, StringComparison.Ordinal)) && !RegularFiles.IsRegular(file) ? NotAFile
        : null;

    /// <summary>Refuses the folder when it has a link SiteGen does not follow.</summary>
    public static void EnsureNone(string folder, string name, string? except = null)
    {
        if (Problems(folder, name, except) is { Count: > 0 } problems)
        {
            throw new SiteBuildException(problems);
        }
    }
}
