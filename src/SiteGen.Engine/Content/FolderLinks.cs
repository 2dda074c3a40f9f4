namespace SiteGen.Content;

/// <summary>
/// A file SiteGen reads (content, a template asset, a static file) may be a link to another file inside the same
/// folder, never outside it, never to a folder, never a loop: a link must not publish or read what its folder does not hold.
/// </summary>
internal static class FolderLinks
{
    /// <summary>Why <paramref name="path"/> must not be read, or null when it may; <paramref name="folder"/> names the folder in the message.</summary>
    public static string? Problem(string root, string path, string folder = "the content folder")
    {
        try
        {
            var info = new FileInfo(path);
            if (info.LinkTarget == null)
            {
                return null;
            }

            var target = info.ResolveLinkTarget(returnFinalTarget: true);
            if (target is DirectoryInfo || Directory.Exists(target?.FullName))
            {
                return $"this is a link to a folder ({target!.FullName}), which SiteGen does not follow; copy the files into {folder} instead";
            }

            var inside = Path.GetFullPath(root).TrimEnd(Path.DirectorySeparatorChar) + Path.DirectorySeparatorChar;
            if (target == null || !target.FullName.StartsWith(inside, StringComparison.Ordinal))
            {
                return $"this link points outside {folder} (to {target?.FullName ?? info.LinkTarget}); copy the file into {folder} instead";
            }

            return target.Exists ? null : $"this link points to a file that does not exist ({target.FullName}); replace it with the file itself";
        }
        catch (IOException e)
        {
            return $"this link cannot be followed ({e.Message}); replace it with the file itself";
        }
    }
}
