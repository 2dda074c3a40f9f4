using System.Runtime.InteropServices;

namespace SiteGen.Write;

/// <summary>A second name for an existing file, without copying its bytes (the file systems SiteGen writes to all have them).</summary>
internal static partial class HardLink
{
    /// <summary>Links <paramref name="newPath"/> to the file at <paramref name="existing"/>; false where the system refuses (another volume, no support).</summary>
    public static bool TryCreate(string existing, string newPath)
    {
        if (!_available)
        {
            return false;
        }

        try
        {
            return OperatingSystem.IsWindows() ? CreateHardLinkW(newPath, existing, IntPtr.Zero) : link(existing, newPath) == 0;
        }
        catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException)
        {
            // A system whose C library cannot be loaded by this name: write files instead of linking them.
            _available = false;
            return false;
        }
    }

    private static volatile bool _available = true;

    [LibraryImport("libc", StringMarshalling = StringMarshalling.Utf8)]
    private static partial int link(string existing, string newPath);

    [LibraryImport("kernel32.dll", StringMarshalling = StringMarshalling.Utf16)]
    [return: MarshalAs(UnmanagedType.Bool)]
    private static partial bool CreateHardLinkW(string newPath, string existing, IntPtr securityAttributes);
}
