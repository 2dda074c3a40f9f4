using System.Buffers;
using SiteGen.Build;

namespace SiteGen.Write;

/// <summary>
/// A site being written: files go into a sibling folder, which replaces the output folder in one rename at
/// <see cref="Commit"/>, so readers and CI never see a half-written site and a failed build leaves the previous one
/// as it was. Only a folder SiteGen wrote (it holds <see cref="SiteWriter.Marker"/>) or an empty one is ever replaced.
/// A file whose bytes equal the same file of the current site is linked to it rather than written again. One build
/// at a time writes a folder: a second one would take the first one's staging folder for a leftover and delete it.
/// </summary>
public sealed class SiteStaging : IDisposable
{
    private readonly string _target;
    private readonly string _staging;
    private readonly string _previous;
    private readonly FileStream _lock;
    private int _written;
    private int _unchanged;

    private SiteStaging(string target, string staging, string previous, FileStream held)
    {
        _target = target;
        _staging = staging;
        _previous = previous;
        _lock = held;
    }

    /// <summary>Files written because they are new or changed.</summary>
    public int Written => _written;

    /// <summary>Files the current site already had, byte for byte: linked, not written.</summary>
    public int Unchanged => _unchanged;

    public static SiteStaging Begin(string outputFolder)
    {
        var target = Path.GetFullPath(outputFolder).TrimEnd(Path.DirectorySeparatorChar);
        EnsureReplaceable(target);
        var parent = Path.GetDirectoryName(target) ?? throw Refused(target, "the output folder cannot be the file system root");
        var name = Path.GetFileName(target);
        var staging = new SiteStaging(
            target,
            Path.Combine(parent, "." + name + ".staging-" + Environment.ProcessId),
            Path.Combine(parent, "." + name + ".previous-" + Environment.ProcessId),
            Lock(parent, name, target));
        try
        {
            staging.Guard(() =>
            {
                RemoveLeftovers(parent, name, target);
                Directory.CreateDirectory(staging._staging);
            });
        }
        catch
        {
            staging.Dispose();
            throw;
        }

        return staging;
    }

    /// <summary>Adds one file; safe to call from several threads at once.</summary>
    public void Add(OutputFile file) => Add(file.Path, new ReadOnlySequence<byte>(file.Content));

    /// <summary>Adds one file, its bytes written before the call returns; safe to call from several threads at once.</summary>
    public void Add(string sitePath, ReadOnlySequence<byte> content) => Guard(() =>
    {
        var (path, current) = Place(sitePath);
        if (SameBytes(current, content) && HardLink.TryCreate(current, path))
        {
            Interlocked.Increment(ref _unchanged);
            return;
        }

        using (var file = CreateStaged(path))
        {
            foreach (var block in content)
            {
                file.Write(block.Span);
            }
        }

        Interlocked.Increment(ref _written);
    });

    /// <summary>
    /// Adds one file that <paramref name="write"/> writes as it makes it, a block at a time: a data file of tens of
    /// megabytes is never held whole. Each block is compared with the current site's file as it is written; unchanged,
    /// the file is then replaced by a link to the current site's, as every unchanged file is. Safe to call from several
    /// threads at once.
    /// </summary>
    public void Add(string sitePath, Action<IBufferWriter<byte>> write) => Guard(() =>
    {
        var (path, current) = Place(sitePath);
        bool same;
        using (var comparison = new FileComparison(current))
        {
            using (var file = CreateStaged(path))
            using (var output = new StreamBlockWriter(block =>
            {
                file.Write(block);
                comparison.Compare(block);
            }))
            {
                write(output);
                output.Flush();
            }

            same = comparison.Same;
        }

        var link = path + ".link";
        if (same && HardLink.TryCreate(current, link))
        {
            File.Move(link, path, overwrite: true);
            Interlocked.Increment(ref _unchanged);
            return;
        }

        Interlocked.Increment(ref _written);
    });

    /// <summary>Swaps the staged site in for the output folder.</summary>
    public void Commit()
    {
        try
        {
            Guard(() =>
            {
                File.WriteAllText(Path.Combine(_staging, SiteWriter.Marker), "This folder is written by SiteGen and replaced on every build.\n");
                if (Directory.Exists(_target))
                {
                    Directory.Move(_target, _previous);
                }

                Directory.Move(_staging, _target);
                DeleteIfExists(_previous);
            });
        }
        finally
        {
            Dispose();
        }
    }

    /// <summary>Drops what was staged: the build failed, and the output folder stays as it was.</summary>
    public void Abandon()
    {
        try
        {
            DeleteIfExists(_staging);
        }
        finally
        {
            Dispose();
        }
    }

    /// <summary>
    /// Lets another build write the folder. What was staged stays, as when a build is killed, until the next build
    /// clears it away; <see cref="Commit"/> and <see cref="Abandon"/> do this themselves.
    /// </summary>
    public void Dispose() => _lock.Dispose();

    /// <summary>Takes the folder's lock file beside it, removed again when released; refused while another build holds it.</summary>
    private static FileStream Lock(string parent, string name, string target)
    {
        var path = Path.Combine(parent, "." + name + ".lock");
        try
        {
            Directory.CreateDirectory(parent);
            return new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None, bufferSize: 1, FileOptions.DeleteOnClose);
        }
        catch (IOException e) when (File.Exists(path))
        {
            throw Refused(target, $"another build is writing this folder now ({e.Message}); wait for it to finish, or build into another folder with --out");
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw Refused(target, $"cannot write beside the output folder ({e.Message}); check permissions and free space");
        }
    }

    /// <summary>Where a site file goes in the staging folder (its folder made) and where the current site has it.</summary>
    private (string Staged, string Current) Place(string sitePath)
    {
        var relative = sitePath.Replace('/', Path.DirectorySeparatorChar);
        var path = Path.Combine(_staging, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        return (path, Path.Combine(_target, relative));
    }

    /// <summary>
    /// A staged file, always new, so created rather than created-or-truncated: .NET truncates a file opened with
    /// FileMode.Create, and ext4 then writes a truncated file out when it is closed (its guard for files replaced by
    /// truncation), which a build of thousands of files paid for in kernel time.
    /// </summary>
    private static FileStream CreateStaged(string path) =>
        new(path, FileMode.CreateNew, FileAccess.Write, FileShare.None, bufferSize: 0);

    /// <summary>Whether the file at <paramref name="path"/> holds exactly the bytes of <paramref name="content"/>.</summary>
    private static bool SameBytes(string path, ReadOnlySequence<byte> content)
    {
        using var comparison = new FileComparison(path, content.Length);
        foreach (var segment in content)
        {
            if (!comparison.Compare(segment.Span))
            {
                return false;
            }
        }

        return comparison.Same;
    }

    private void Guard(Action work)
    {
        try
        {
            work();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            DeleteIfExists(_staging);
            if (!Directory.Exists(_target) && Directory.Exists(_previous))
            {
                Directory.Move(_previous, _target);
            }

            throw Refused(_target, $"cannot write the site ({e.Message}); check permissions and free space");
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
            if (!Directory.Exists(target) && File.Exists(Path.Combine(leftover, SiteWriter.Marker)))
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
            && !File.Exists(Path.Combine(target, SiteWriter.Marker))
            && Directory.EnumerateFileSystemEntries(target).Any())
        {
            throw Refused(target, "this folder has files SiteGen did not write, and building would replace it; choose an empty or new folder with --out");
        }
    }

    private static void DeleteIfExists(string folder)
    {
        if (!Directory.Exists(folder))
        {
            return;
        }

        // A site is thousands of one-page folders (articles/x/, people/y/): removed on all cores, the previous site goes
        // in a fraction of the time one thread takes.
        try
        {
            Parallel.ForEach(Directory.EnumerateDirectories(folder).SelectMany(Directory.EnumerateDirectories), page => Directory.Delete(page, recursive: true));
        }
        catch (AggregateException e) when (e.InnerExceptions.FirstOrDefault(inner => inner is IOException or UnauthorizedAccessException) is { } first)
        {
            System.Runtime.ExceptionServices.ExceptionDispatchInfo.Capture(first).Throw();
        }

        Directory.Delete(folder, recursive: true);
    }

    private static SiteBuildException Refused(string target, string message) =>
        new(new SiteDiagnostic(target, 1, 1, SiteErrorIds.OutputRefused, message));
}
