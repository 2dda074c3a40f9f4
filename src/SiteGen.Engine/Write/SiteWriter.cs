using SiteGen.Build;

namespace SiteGen.Write;

/// <summary>
/// Writes a whole site into a sibling folder first and swaps it in at the end, so readers and CI never see a
/// half-written site and a failed build leaves the previous one as it was. Only a folder SiteGen wrote
/// (it holds <see cref="Marker"/>) or an empty one is ever replaced.
/// </summary>
public static class SiteWriter
{
    public const string Marker = ".sitegen";

    public static void Write(string outputFolder, IReadOnlyList<OutputFile> files)
    {
        var target = Path.GetFullPath(outputFolder).TrimEnd(Path.DirectorySeparatorChar);
        EnsureReplaceable(target);
        var parent = Path.GetDirectoryName(target) ?? throw Refused(target, "the output folder cannot be the file system root");
        var name = Path.GetFileName(target);
        var staging = Path.Combine(parent, "." + name + ".staging-" + Environment.ProcessId);
        var previous = Path.Combine(parent, "." + name + ".previous-" + Environment.ProcessId);
        try
        {
            Directory.CreateDirectory(parent);
            RemoveLeftovers(parent, name, target);
            foreach (var file in files)
            {
                var path = Path.Combine(staging, file.Path.Replace('/', Path.DirectorySeparatorChar));
                Directory.CreateDirectory(Path.GetDirectoryName(path)!);
                File.WriteAllBytes(path, file.Content);
            }

            File.WriteAllText(Path.Combine(staging, Marker), "This folder is written by SiteGen and replaced on every build.\n");
            if (Directory.Exists(target))
            {
                Directory.Move(target, previous);
            }

            Directory.Move(staging, target);
            DeleteIfExists(previous);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            DeleteIfExists(staging);
            if (!Directory.Exists(target) && Directory.Exists(previous))
            {
                Directory.Move(previous, target);
            }

            throw Refused(target, $"cannot write the site ({e.Message}); check permissions and free space");
        }
    }

    /// <summary>
    /// A build killed while writing leaves only its staging folder (the site itself is swapped in one rename), or, if
    /// killed between the two renames, the previous site under its ".previous" name: put that back, delete the rest.
    /// </summary>
    private static void RemoveLeftovers(string parent, string name, string target)
    {
        foreach (var leftover in Directory.EnumerateDirectories(parent, "." + name + ".previous-*"))
        {
            if (!Directory.Exists(target) && File.Exists(Path.Combine(leftover, Marker)))
            {
                Directory.Move(leftover, target);
            }
            else
            {
                DeleteIfExists(leftover);
            }
        }

        foreach (var leftover in Directory.EnumerateDirectories(parent, "." + name + ".staging-*"))
        {
            DeleteIfExists(leftover);
        }
    }

    private static void EnsureReplaceable(string target)
    {
        if (File.Exists(target))
        {
            throw Refused(target, "the output path is a file; name a folder");
        }

        if (Directory.Exists(target)
            && !File.Exists(Path.Combine(target, Marker))
            && Directory.EnumerateFileSystemEntries(target).Any())
        {
            throw Refused(target, "this folder has files SiteGen did not write, and building would replace it; choose an empty or new folder with --out");
        }
    }

    private static void DeleteIfExists(string folder)
    {
        if (Directory.Exists(folder))
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private static SiteBuildException Refused(string target, string message) =>
        new(new SiteDiagnostic(target, 1, 1, SiteErrorIds.OutputRefused, message));
}
