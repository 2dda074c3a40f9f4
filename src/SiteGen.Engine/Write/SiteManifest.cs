namespace SiteGen.Write;

/// <summary>
/// The marker file of a folder SiteGen wrote (<see cref="SiteWriter.Marker"/>): it lists every file the build wrote,
/// so the next build knows which files are its own to replace and which a person added (a <c>CNAME</c>, a <c>.git/</c>
/// of a publishing worktree), which it keeps.
/// </summary>
internal static class SiteManifest
{
    private const string Header = "# Written by SiteGen. The next build replaces the files listed here and keeps every other file in this folder.";

    public static void Write(string path, IEnumerable<string> sitePaths)
    {
        using var writer = new StreamWriter(new FileStream(path, FileMode.CreateNew, FileAccess.Write), new System.Text.UTF8Encoding(false));
        writer.NewLine = "\n";
        writer.WriteLine(Header);
        foreach (var sitePath in sitePaths)
        {
            writer.WriteLine(sitePath);
        }
    }

    /// <summary>
    /// The site paths the marker at <paramref name="path"/> lists, or null when it lists none: a marker written before
    /// markers listed their files, which cannot tell SiteGen's files from a person's.
    /// </summary>
    public static HashSet<string>? Read(string path)
    {
        using var reader = new StreamReader(path);
        if (reader.ReadLine() != Header)
        {
            return null;
        }

        var paths = new HashSet<string>(StringComparer.Ordinal);
        while (reader.ReadLine() is { } line)
        {
            if (line.Length > 0)
            {
                paths.Add(line);
            }
        }

        return paths;
    }
}
