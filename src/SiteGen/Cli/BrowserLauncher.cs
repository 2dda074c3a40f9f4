using System.Diagnostics;

namespace SiteGen.Cli;

/// <summary>Opens a file in the desktop's browser where there is one; on a server it says so and carries on.</summary>
internal static class BrowserLauncher
{
    public static void Open(string path, TextWriter output)
    {
        var opener = OperatingSystem.IsWindows() ? "explorer" : OperatingSystem.IsMacOS() ? "open" : "xdg-open";
        try
        {
            using var process = Process.Start(new ProcessStartInfo(opener, [path]) { UseShellExecute = false });
        }
        catch (System.ComponentModel.Win32Exception)
        {
            output.WriteLine($"No browser could be started ('{opener}' is not available); open the file above yourself.");
        }
    }
}
