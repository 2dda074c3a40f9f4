using System.Text.RegularExpressions;

namespace SiteGen.Write;

/// <summary>
/// Whether a folder is where a file system is mounted (a Docker volume, a tmpfs): such a folder cannot be renamed, so
/// a build cannot swap a new site in for it. Read from the kernel's mount table on Linux; elsewhere none is known,
/// and a refused rename says what went wrong instead.
/// </summary>
internal static class MountPoints
{
    private const string MountTable = "/proc/self/mountinfo";

    public static bool Contains(string folder)
    {
        if (!OperatingSystem.IsLinux() || !File.Exists(MountTable))
        {
            return false;
        }

        var path = Path.GetFullPath(folder).TrimEnd(Path.DirectorySeparatorChar);
        try
        {
            // Each line: ID, parent ID, major:minor, root, mount point, …; spaces in a path are written \040.
            return File.ReadLines(MountTable)
                .Select(line => line.Split(' '))
                .Any(fields => fields.Length > 4 && Unescaped(fields[4]) == path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }

    /// <summary>A mount point as the table writes it, with its <c>\040</c>-style octal escapes read back.</summary>
    private static string Unescaped(string field) =>
        field.Contains('\\', StringComparison.Ordinal)
            ? Regex.Replace(field, @"\\([0-7]{3})", escape => ((char)Convert.ToInt32(escape.Groups[1].Value, 8)).ToString())
            : field;
}
