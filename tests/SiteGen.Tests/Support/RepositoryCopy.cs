namespace SiteGen.Tests;

/// <summary>Copies parts of the repository's sources for a test that builds them elsewhere, without what builds left (bin/, obj/).</summary>
public static class RepositoryCopy
{
    /// <param name="entries">Folders and files at the repository's top level.</param>
    public static void Write(string to, params string[] entries)
    {
        foreach (var entry in entries)
        {
            var from = Path.Combine(RepositoryFolders.Root, entry);
            if (File.Exists(from))
            {
                File.Copy(from, Path.Combine(to, entry));
                continue;
            }

            foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
            {
                var relative = Path.GetRelativePath(from, file);
                var parts = relative.Split(Path.DirectorySeparatorChar);
                if (parts.Contains("bin") || parts.Contains("obj"))
                {
                    continue;
                }

                var target = Path.Combine(to, entry, relative);
                Directory.CreateDirectory(Path.GetDirectoryName(target)!);
                File.Copy(file, target);
            }
        }
    }
}
