using System.Runtime.InteropServices;
using Microsoft.Win32.SafeHandles;

namespace SiteGen.Content;

/// <summary>
/// Whether a path is a regular file, asked without waiting: opening a FIFO (a named pipe) to read waits until
/// something writes to it, so a FIFO named <c>x.md</c> would stop a build for good. .NET 10 tells a FIFO from a file
/// only once it is open, so on Unix the path is opened without waiting (<c>O_NONBLOCK</c>) and asked whether it can
/// seek, which only a regular file (or a device) can. A FIFO, a socket and a device have no length, so a file with
/// bytes, as the folder listing already says, is a regular file and is not opened: the check costs nothing per article.
/// </summary>
internal static partial class RegularFiles
{
    private const int ReadOnly = 0;

    /// <summary>How each Unix spells <c>O_NONBLOCK</c>.</summary>
    private static int NoWait => OperatingSystem.IsMacOS() || OperatingSystem.IsFreeBSD() ? 0x4 : 0x800;

    /// <summary>False for a FIFO, a socket or a character device; true for a file, and for a path that cannot be opened (its read says why).</summary>
    public static bool IsRegular(FileInfo file)
    {
        if (OperatingSystem.IsWindows() || file.Length > 0)
        {
            return true;
        }

        var descriptor = Open(file.FullName, ReadOnly | NoWait);
        if (descriptor < 0)
        {
            return true;
        }

        using var handle = new SafeFileHandle(descriptor, ownsHandle: true);
        try
        {
            using var stream = new FileStream(handle, FileAccess.Read, bufferSize: 0);
            return stream.CanSeek;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException)
        {
            return true;
        }
    }

    [LibraryImport("libc", EntryPoint = "open", StringMarshalling = StringMarshalling.Utf8, SetLastError = true)]
    private static partial int Open(string path, int flags);
}
