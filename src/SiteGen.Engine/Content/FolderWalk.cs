using System.IO.Enumeration;

namespace SiteGen.Content;

/// <summary>A walk over a folder's tree that never enters a link: a link to <c>..</c> or to <c>/</c> is one entry, not a tree.</summary>
internal static class FolderWalk
{
    /// <summary>Every file and every link below <paramref name="root"/> (a link to a folder included, not entered).</summary>
    /// <param name="skipHidden">Leave out hidden files and folders (on Unix, names that start with a dot) and what is in them.</param>
    public static IEnumerable<FileSystemInfo> FilesAndLinks(string root, bool skipHidden = false) =>
        new FileSystemEnumerable<FileSystemInfo>(root, (ref FileSystemEntry entry) => entry.ToFileSystemInfo(), new EnumerationOptions { RecurseSubdirectories = true, AttributesToSkip = skipHidden ? FileAttributes.Hidden : 0, IgnoreInaccessible = skipHidden })
        {
            ShouldIncludePredicate = (ref FileSystemEntry entry) => !entry.IsDirectory || IsLink(ref entry),
            ShouldRecursePredicate = (ref FileSystemEntry entry) => !IsLink(ref entry),
        };

    private static bool IsLink(ref FileSystemEntry entry) => (entry.Attributes & FileAttributes.ReparsePoint) != 0;
}
