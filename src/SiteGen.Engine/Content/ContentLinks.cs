namespace SiteGen.Content;

/// <summary>A content file may be a link to another file inside the content folder, never outside it, never a loop.</summary>
public static class ContentLinks
{
    /// <summary>Why <paramref name="path"/> must not be read, or null when it may.</summary>
    public static string? Problem(string contentRoot, string path)
    {
        try
        {
            var target = new FileInfo(path).ResolveLinkTarget(returnFinalTarget: true)?.FullName;
            var root = Path.GetFullPath(contentRoot).TrimEnd(Path.DirectorySeparatorChar) + Path.DirectorySeparatorChar;
            return target == null || target.StartsWith(root, StringComparison.Ordinal)
                ? null
                : $"this link points outside the content folder (to {target}); copy the file into the content folder instead";
        }
        catch (IOException e)
        {
            return $"this link cannot be followed ({e.Message}); replace it with the file itself";
        }
    }
}
