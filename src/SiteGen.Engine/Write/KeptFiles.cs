using SiteGen.Build;

namespace SiteGen.Write;

/// <summary>
/// What the current output folder holds that SiteGen did not write (a <c>CNAME</c>, a publishing worktree's
/// <c>.git/</c>, notes): a build carries each of them into the new site, as it is, rather than delete it.
/// </summary>
public static class KeptFiles
{
    /// <summary>
    /// The paths, relative to <paramref name="site"/>, of the entries to carry into <paramref name="staged"/>: a file or
    /// link the previous build did not write, or a whole folder holding none of its files. A folder is moved whole
    /// unless the new site writes into a folder of that name. An entry the new site writes too is refused, naming each,
    /// unless it holds the same bytes.
    /// </summary>
    /// <param name="written">The site paths the previous build wrote, from its marker.</param>
    public static IReadOnlyList<string> Find(string site, string staged, IReadOnlySet<string> written)
    {
        var folders = new HashSet<string>(StringComparer.Ordinal);
        foreach (var path in written)
        {
            for (var slash = path.IndexOf('/'); slash > 0; slash = path.IndexOf('/', slash + 1))
            {
                folders.Add(path[..slash]);
            }
        }

        var kept = new List<string>();
        var clashes = new List<string>();
        var pending = new Stack<string>([string.Empty]);
        while (pending.TryPop(out var folder))
        {
            foreach (var entry in new DirectoryInfo(Path.Combine(site, folder)).EnumerateFileSystemInfos())
            {
                var path = folder.Length == 0 ? entry.Name : folder + "/" + entry.Name;
                if (path == SiteWriter.Marker)
                {
                    continue;
                }

                var isLink = entry.LinkTarget != null;
                var stagedPath = Path.Combine(staged, path);
                if (!isLink && entry is DirectoryInfo)
                {
                    if (IsFolder(stagedPath))
                    {
                        pending.Push(path);
                    }
                    else if (Path.Exists(stagedPath) || IsLink(stagedPath))
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
                    if (!Path.Exists(stagedPath) && !IsLink(stagedPath))
                    {
                        kept.Add(path);
                    }
                    else if (isLink || !SameFile(entry.FullName, stagedPath))
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

    private static bool IsFolder(string path) => Directory.Exists(path) && new DirectoryInfo(path).LinkTarget == null;

    private static bool IsLink(string path) => new FileInfo(path).LinkTarget != null;

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
