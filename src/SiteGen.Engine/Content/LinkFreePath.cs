namespace SiteGen.Content;

/// <summary>
/// A path with every symbolic link along it resolved, as the file system reaches it (what <c>realpath</c> gives; the
/// parts that do not exist yet are kept as written): two paths name the same place exactly when these are equal, so
/// a link cannot hide that one folder is inside another.
/// </summary>
internal static class LinkFreePath
{
    /// <summary>Links followed before giving up: a loop of links resolves to where the loop was found.</summary>
    private const int MostLinks = 40;

    public static string Of(string path)
    {
        var full = Path.GetFullPath(path);
        var root = Path.GetPathRoot(full) ?? string.Empty;
        var parts = new Queue<string>(full[root.Length..].Split(Path.DirectorySeparatorChar, StringSplitOptions.RemoveEmptyEntries));
        var resolved = root;
        var links = 0;
        while (parts.TryDequeue(out var part))
        {
            var next = Path.Combine(resolved, part);
            FileSystemInfo entry = new FileInfo(next);
            if (entry.LinkTarget is { } target && links++ < MostLinks)
            {
                // The rest of the path goes on from where the link points.
                var rest = parts.ToArray();
                var pointed = Path.GetFullPath(Path.IsPathRooted(target) ? target : Path.Combine(resolved, target));
                var pointedRoot = Path.GetPathRoot(pointed) ?? string.Empty;
                parts = new Queue<string>(pointed[pointedRoot.Length..].Split(Path.DirectorySeparatorChar, StringSplitOptions.RemoveEmptyEntries).Concat(rest));
                resolved = pointedRoot;
                continue;
            }

            resolved = next;
        }

        return resolved;
    }
}
