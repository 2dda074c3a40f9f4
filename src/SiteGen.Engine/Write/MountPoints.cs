using System.Text;

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

    private static string Unescaped(string field)
    {
        if (!field.Contains('\\', StringComparison.Ordinal))
        {
            return field;
        }

        var text = new StringBuilder(field.Length);
        for (var i = 0; i < field.Length; i++)
        {
            if (field[i] == '\\' && i + 3 < field.Length && field.AsSpan(i + 1, 3).ContainsOnlyOctal())
            {
                text.Append((char)Convert.ToInt32(field.Substring(i + 1, 3), 8));
                i += 3;
            }
            else
            {
                text.Append(field[i]);
            }
        }

        return text.ToString();
    }

    private static bool ContainsOnlyOctal(this ReadOnlySpan<char> digits)
    {
        foreach (var c in digits)
        {
            if (c is < '0' or > '7')
            {
                return false;
            }
        }

        return true;
    }
}
