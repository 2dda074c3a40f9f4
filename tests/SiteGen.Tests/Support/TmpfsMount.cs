using System.Diagnostics;

namespace SiteGen.Tests;

/// <summary>
/// A small tmpfs mounted at a folder of its own (<c>mounted/</c> in a new temporary folder, so what appears beside it is
/// the test's to see), unmounted and removed on disposal. Mounting needs root on Linux.
/// </summary>
public sealed class TmpfsMount : IDisposable
{
    private readonly string _parent = Directory.CreateTempSubdirectory("sitegen-tmpfs-").FullName;

    public TmpfsMount(string size)
    {
        Folder = Path.Combine(_parent, "mounted");
        Directory.CreateDirectory(Folder);
        Run("mount", "-t", "tmpfs", "-o", "size=" + size, "tmpfs", Folder);
    }

    /// <summary>Where the file system is mounted.</summary>
    public string Folder { get; }

    /// <summary>The folder that holds <see cref="Folder"/>, and nothing else until a test writes beside it.</summary>
    public string Beside => _parent;

    public void Dispose()
    {
        Run("umount", Folder);
        Directory.Delete(_parent, recursive: true);
    }

    private static void Run(string program, params string[] args)
    {
        using var process = Process.Start(new ProcessStartInfo(program, args) { RedirectStandardError = true })!;
        var error = process.StandardError.ReadToEnd();
        process.WaitForExit();
        process.ExitCode.ShouldBe(0, $"{program} {string.Join(' ', args)}: {error}");
    }
}
