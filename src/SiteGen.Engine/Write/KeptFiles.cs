using System.IO.Enumeration;
using SiteGen.Diagnostics;

namespace SiteGen.Write;

/// <summary>
/// What the current output folder holds that SiteGen did not write (a <c>CNAME</c>, a publishing worktree's
/// <c>.git/</c>, notes): a build carries each of them into the new site, as it is, rather than delete it.
/// </summary>
internal static class KeptFiles
{
    /// <summary>
    /// The paths, relative to <paramref name="site"/>, of the entries to carry into <paramref name="staged"/>: a file or
    /// link the previous build did not write, or a whole folder holding none of its files. A folder is moved whole
    /// unless the new site writes into a folder of that name. An entry the new site writes too is refused, naming each,
    /// unless it holds the same bytes.
    /// </summary>
    /// <param name="written">The site paths the previous build wrote, from its marker.</param>
    /// <param name="writing">The site paths the new build wrote into <paramref name="staged"/>: what it holds is looked
    /// up here rather than asked of the file system for every folder of the previous site.</param>
    public static IReadOnlyList<string> Find(string site, string staged, IReadOnlySet<string> written, IReadOnlySet<string> writing)
    {
        var folders = FoldersOf(written);
        var stagedFolders = FoldersOf(writing);

        var kept = new List<string>();
        var clashes = new List<string>();
        var pending = new Stack<string>([string.Empty]);
        while (pending.TryPop(out var folder))
        {
            foreach (var (name, isFolder, isLink) in Entries(Path.Combine(site, folder)))
            {
                var path = folder.Length == 0 ? name : folder + "/" + name;
                if (path == SiteWriter.Marker)
                {
                    continue;
                }

                if (isFolder && !isLink)
                {
                    if (stagedFolders.Contains(path))
                    {
                        pending.Push(path);
                    }
                    else if (writing.Contains(path))
                    {
                        clashes.Add(path + "/");
                    }
                    else if (folders.Contains(path))
                    {
                        pending.Push(path);
                    }
                    else
                    {
                        kept.Add(path);
                    }
                }
                else if (isLink || !written.Contains(path))
                {
                    if (!writing.Contains(path) && !stagedFolders.Contains(path))
                    {
                        kept.Add(path);
                    }
                    else if (isLink || !SameFile(Path.Combine(site, path), Path.Combine(staged, path)))
                    {
                        clashes.Add(path);
                    }
                }
            }
        }

        if (clashes.Count > 0)
        {
            clashes.Sort(StringComparer.Ordinal);
            var named = string.Join(", ", clashes.Take(5)) + (clashes.Count > 5 ? $" and {clashes.Count - 5} more" : string.Empty);
            throw new SiteBuildException(new SiteDiagnostic(site, 1, 1, SiteErrorIds.OutputRefused,
                $"the output folder holds files SiteGen did not write where this build writes its own: {named}; move them out of the folder (into static/ if the site should ship them) and build again"));
        }

        kept.Sort(StringComparer.Ordinal);
        return kept;
    }

    /// <summary>A folder's entries from its listing: what each is, without an object per entry.</summary>
    private static FileSystemEnumerable<(string Name, bool IsFolder, bool IsLink)> Entries(string folder) =>
        new(folder, (ref FileSystemEntry entry) => (entry.FileName.ToString(), entry.IsDirectory, (entry.Attributes & FileAttributes.ReparsePoint) != 0), new EnumerationOptions { AttributesToSkip = 0 });

    /// <summary>Every folder that holds one of <paramref name="paths"/>, at any depth.</summary>
    private static HashSet<string> FoldersOf(IReadOnlySet<string> paths)
    {
        var folders = new HashSet<string>(StringComparer.Ordinal);
        foreach (var path in paths)
        {
            for (var slash = path.IndexOf('/'); slash > 0; slash = path.IndexOf('/', slash + 1))
            {
                folders.Add(path[..slash]);
            }
        }

        return folders;
    }

    private static bool SameFile(string a, string b)
    {
        if (!File.Exists(b) || Directory.Exists(b))
        {
            return false;
        }

        using var comparison = new FileComparison(b, new FileInfo(a).Length);
        using var file = File.OpenRead(a);
        var buffer = new byte[81920];
        int read;
        while ((read = file.Read(buffer)) > 0)
        {
            if (!comparison.Compare(buffer.AsSpan(0, read)))
            {
                return false;
            }
        }

        return comparison.Same;
    }
}
