using System.IO.Enumeration;

namespace SiteGen.Content;

/// <summary>A walk over a folder's tree that never enters a link: a link to <c>..</c> or to <c>/</c> is one entry, not a tree.</summary>
internal static class FolderWalk
{
    /// <summary>Every file and every link below <paramref name="root"/> (a link to a folder included, not entered).</summary>
    public static IEnumerable<FileSystemInfo> FilesAndLinks(string root) =>
        new FileSystemEnumerable<FileSystemInfo>(root, (ref FileSystemEntry entry) => entry.ToFileSystemInfo(), new EnumerationOptions { RecurseSubdirectories = true, AttributesToSkip = 0 })
        {
            ShouldIncludePredicate = (ref FileSystemEntry entry) => !entry.IsDirectory || IsLink(ref entry),
            ShouldRecursePredicate = (ref FileSystemEntry entry) => !IsLink(ref entry),
        };

    private static bool IsLink(ref FileSystemEntry entry) => (entry.Attributes & FileAttributes.ReparsePoint) != 0;
}
