using SiteGen.Diagnostics;

namespace SiteGen.Content;

/// <summary>
/// A folder whose files the site ships as they are (<c>templates/assets/</c>, <c>static/</c>), walked without following
/// links: a link to a folder, out of the folder or in a loop is an error naming it, never a copy of what it leads to.
/// </summary>
internal static class VerbatimFolder
{
    /// <summary>
    /// Every file below <paramref name="folder"/>, by its path there with <c>/</c> separators, in ordinal order; none
    /// when the folder does not exist. <paramref name="name"/> is how messages name the folder.
    /// </summary>
    public static IReadOnlyList<(string RelativePath, string Source)> Files(string folder, string name)
    {
        if (!Directory.Exists(folder))
        {
            return [];
        }

        var files = new List<(string, string)>();
        var problems = new List<SiteDiagnostic>();
        foreach (var entry in FolderWalk.FilesAndLinks(folder))
        {
            if (entry.LinkTarget != null && FolderLinks.Problem(folder, entry.FullName, name) is { } problem)
            {
                problems.Add(new SiteDiagnostic(entry.FullName, 1, 1, SiteErrorIds.VerbatimFileRefused, problem));
            }
            else
            {
                files.Add((Path.GetRelativePath(folder, entry.FullName).Replace(Path.DirectorySeparatorChar, '/'), entry.FullName));
            }
        }

        if (problems.Count > 0)
        {
            throw new SiteBuildException(problems.OrderBy(p => p.Path, StringComparer.Ordinal).ToList());
        }

        files.Sort((a, b) => string.CompareOrdinal(a.Item1, b.Item1));
        return files;
    }
}
