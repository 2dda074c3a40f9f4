using System.Buffers;
using System.Collections.Concurrent;
using SiteGen.Diagnostics;

namespace SiteGen.Write;

/// <summary>
/// A site being written: files go into a sibling folder, which replaces the output folder in one rename at
/// <see cref="Commit"/>, so readers and CI never see a half-written site and a failed build leaves the previous one
/// as it was. Only a folder SiteGen wrote (it holds <see cref="SiteWriter.Marker"/>) or an empty one is ever replaced.
/// A file whose bytes equal the same file of the current site is linked to it rather than written again. One build
/// at a time writes a folder: a second one would take the first one's staging folder for a leftover and delete it.
/// The marker lists the files the build wrote; every other file of the folder (a <c>CNAME</c>, a <c>.git/</c>) is
/// carried into the new site as it is (<see cref="KeptFiles"/>).
/// </summary>
internal sealed class SiteStaging : IDisposable
{
    private readonly string _target;
    private readonly string _staging;
    private readonly string _previous;
    private readonly FileStream _lock;
    private readonly IReadOnlySet<string>? _current;
    private readonly ConcurrentBag<string> _paths = [];
    private int _written;
    private int _unchanged;

    /// <summary>
    /// The file that makes a staging folder SiteGen's: only a folder with it is ever swept away as a killed build's
    /// leftover. Before the files SiteGen did not write are carried into the staging folder, it lists them, so a build
    /// killed while carrying them is undone by the next one: they go back to the output folder, never deleted with it.
    /// </summary>
    internal const string Journal = ".sitegen-staging";

    /// <summary>What a build's own folders beside the output are named after: <c>.NAME.staging-PID</c> and <c>.NAME.previous-PID</c>.</summary>
    private const string StagingKind = ".staging-";

    private const string PreviousKind = ".previous-";

    private SiteStaging(string target, string staging, string previous, FileStream held, IReadOnlySet<string>? current)
    {
        _target = target;
        _staging = staging;
        _previous = previous;
        _lock = held;
        _current = current;
    }

    /// <summary>Files written because they are new or changed.</summary>
    public int Written => _written;

    /// <summary>Files the current site already had, byte for byte: linked, not written.</summary>
    public int Unchanged => _unchanged;

    /// <summary>Called after each move of <see cref="Commit"/> with what was moved: where a kill can fall.</summary>
    internal Action<string>? AfterEachMove { get; set; }

    public static SiteStaging Begin(string outputFolder)
    {
        var target = Path.GetFullPath(outputFolder).TrimEnd(Path.DirectorySeparatorChar);
        var parent = Path.GetDirectoryName(target) ?? throw Refused(target, "the output folder cannot be the file system root");
        var name = Path.GetFileName(target);
        if (MountPoints.Contains(target))
        {
            throw Refused(target, $"the output folder is a mount point (a volume is mounted there), which a build cannot replace whole; build into a folder inside it (--out {Path.Combine(target, "site")}) and publish that, or mount the folder above it");
        }

        var held = Lock(parent, name, target);
        SiteStaging staging;
        try
        {
            staging = new SiteStaging(
                target,
                Path.Combine(parent, Sibling(name, StagingKind) + Environment.ProcessId),
                Path.Combine(parent, Sibling(name, PreviousKind) + Environment.ProcessId),
                held,
                Guard(target, () =>
                {
                    RemoveLeftovers(parent, name, target);
                    return CurrentFiles(target);
                }));
        }
        catch
        {
            held.Dispose();
            throw;
        }

        try
        {
            Guard(target, () =>
            {
                if (Directory.Exists(staging._staging) || File.Exists(staging._staging))
                {
                    throw Refused(staging._staging, "this folder is in the way of the build's staging folder and SiteGen did not make it; move or rename it");
                }

                Directory.CreateDirectory(staging._staging);
                File.WriteAllText(Path.Combine(staging._staging, Journal), string.Empty);
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
    public void Add(string sitePath, ReadOnlySequence<byte> content) => Guard(Path.Combine(_target, sitePath), () =>
    {
        var (path, current) = Place(sitePath);
        if (current != null && SameBytes(current, content) && HardLink.TryCreate(current, path))
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
    public void Add(string sitePath, Action<IBufferWriter<byte>> write) => Guard(Path.Combine(_target, sitePath), () =>
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
        if (same && HardLink.TryCreate(current!, link))
        {
            File.Move(link, path, overwrite: true);
            Interlocked.Increment(ref _unchanged);
            return;
        }

        Interlocked.Increment(ref _written);
    });

    /// <summary>
    /// Swaps the staged site in for the output folder, carrying over every file of the folder that SiteGen did not
    /// write; if any step fails, the folder and those files are put back as they were.
    /// </summary>
    public void Commit()
    {
        try
        {
            Guard(_target, () => SiteManifest.Write(Path.Combine(_staging, SiteWriter.Marker), _paths.Order(StringComparer.Ordinal)));
            var kept = _current != null ? KeptFiles.Find(_target, _staging, _current, _paths.ToHashSet(StringComparer.Ordinal)) : [];
            var carried = new List<string>(kept.Count);
            Guard(_target, () =>
            {
                File.WriteAllLines(Path.Combine(_staging, Journal), kept);
                try
                {
                    foreach (var path in kept)
                    {
                        var to = Path.Combine(_staging, path);
                        Directory.CreateDirectory(Path.GetDirectoryName(to)!);
                        MoveEntry(Path.Combine(_target, path), to);
                        carried.Add(path);
                        AfterEachMove?.Invoke(path);
                    }

                    if (Directory.Exists(_target))
                    {
                        Directory.Move(_target, _previous);
                        AfterEachMove?.Invoke("the site, aside");
                    }

                    try
                    {
                        Directory.Move(_staging, _target);
                        AfterEachMove?.Invoke("the new site, in place");
                    }
                    catch
                    {
                        if (Directory.Exists(_previous))
                        {
                            Directory.Move(_previous, _target);
                        }

                        throw;
                    }
                }
                catch
                {
                    foreach (var path in carried)
                    {
                        MoveEntry(Path.Combine(_staging, path), Path.Combine(_target, path));
                    }

                    // The output folder is as it was, with every file it had: what was staged is of no more use.
                    if (Directory.Exists(_target) && !Directory.Exists(_previous))
                    {
                        DeleteIfExists(_staging);
                    }

                    throw;
                }
            });

            // The new site is in place: a previous site that cannot be removed now is a leftover the next build removes.
            try
            {
                File.Delete(Path.Combine(_target, Journal));
                DeleteIfExists(_previous);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
            }
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

    /// <summary>
    /// Where a site file goes in the staging folder (its folder made) and where the current site has it, if the build
    /// that wrote the current site wrote it: a file a person put there is never linked into the new site as SiteGen's.
    /// </summary>
    private (string Staged, string? Current) Place(string sitePath)
    {
        _paths.Add(sitePath);
        var relative = sitePath.Replace('/', Path.DirectorySeparatorChar);
        var path = Path.Combine(_staging, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        return (path, _current?.Contains(sitePath) == true ? Path.Combine(_target, relative) : null);
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

    private static void Guard(string path, Action work) => Guard(path, () =>
    {
        work();
        return true;
    });

    /// <summary>Turns a failure of the file system into an error that names what could not be written and what to do.</summary>
    private static T Guard<T>(string path, Func<T> work)
    {
        try
        {
            return work();
        }
        catch (IOException e) when (e.HResult is NoSpaceOnUnix or NoSpaceOnWindows)
        {
            throw Refused(path, "no space left on the device writing this file; free space (the site is written beside the output folder before it replaces it) and build again");
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw Refused(path, $"cannot write the site ({e.Message}); check permissions and free space");
        }
    }

    /// <summary>ENOSPC, as .NET reports it on Unix, and ERROR_DISK_FULL on Windows.</summary>
    private const int NoSpaceOnUnix = 28;

    private const int NoSpaceOnWindows = unchecked((int)0x80070070);

    /// <summary>Moves a file or folder by renaming it; a link is made again at the new place, never followed.</summary>
    private static void MoveEntry(string from, string to)
    {
        var entry = new FileInfo(from);
        if (entry.LinkTarget is { } target)
        {
            // .NET's moves look through a link to a folder and refuse it as no file; a link is only its target's name.
            if (entry.Attributes.HasFlag(FileAttributes.Directory))
            {
                Directory.CreateSymbolicLink(to, target);
                Directory.Delete(from);
            }
            else
            {
                File.CreateSymbolicLink(to, target);
                File.Delete(from);
            }
        }
        else if (entry.Attributes.HasFlag(FileAttributes.Directory))
        {
            Directory.Move(from, to);
        }
        else
        {
            File.Move(from, to);
        }
    }

    /// <summary>
    /// A build killed while writing leaves its staging folder (the site itself is swapped in one rename), or, if
    /// killed between the two renames, the previous site under its ".previous" name: put that back, then put back
    /// every file the staging folder's journal says it was carrying, and delete the rest. Only folders named exactly
    /// as a build names them, not links, and holding SiteGen's marker or journal are touched: anything else beside the
    /// output folder is the writer's, whatever its name.
    /// </summary>
    private static void RemoveLeftovers(string parent, string name, string target)
    {
        var leftovers = Directory.Exists(parent)
            ? new DirectoryInfo(parent).EnumerateDirectories().Where(d => d.LinkTarget == null).ToList()
            : [];
        foreach (var previous in leftovers.Where(d => IsLeftover(d.Name, name, PreviousKind) && File.Exists(Path.Combine(d.FullName, SiteWriter.Marker))))
        {
            if (!Directory.Exists(target))
            {
                Directory.Move(previous.FullName, target);
            }
            else
            {
                DeleteIfExists(previous.FullName);
            }
        }

        foreach (var staging in leftovers.Where(d => IsLeftover(d.Name, name, StagingKind) && File.Exists(Path.Combine(d.FullName, Journal))))
        {
            PutBackCarried(staging.FullName, target);
            DeleteIfExists(staging.FullName);
        }

        // A kill right after the new site went in place leaves its journal there.
        if (Directory.Exists(target) && new FileInfo(target).LinkTarget == null)
        {
            File.Delete(Path.Combine(target, Journal));
        }
    }

    /// <summary>Whether <paramref name="folder"/> is named as a build of <paramref name="name"/> names its <paramref name="kind"/> folder: the kind and a process id.</summary>
    private static bool IsLeftover(string folder, string name, string kind)
    {
        var prefix = Sibling(name, kind);
        return folder.Length > prefix.Length && folder.StartsWith(prefix, StringComparison.Ordinal) && folder.AsSpan(prefix.Length).IndexOfAnyExceptInRange('0', '9') < 0;
    }

    /// <summary>Moves back into the output folder every file a killed build was carrying into its staging folder.</summary>
    private static void PutBackCarried(string staging, string target)
    {
        var root = Path.GetFullPath(target) + Path.DirectorySeparatorChar;
        foreach (var path in File.ReadAllLines(Path.Combine(staging, Journal)).Where(p => p.Length > 0))
        {
            var from = Path.Combine(staging, path);
            var to = Path.GetFullPath(Path.Combine(target, path));
            if (!to.StartsWith(root, StringComparison.Ordinal) || !Exists(from))
            {
                continue;
            }

            if (Exists(to))
            {
                throw Refused(staging, $"a build that was stopped was carrying '{path}' of the output folder, and the output folder has a '{path}' again; compare the two, keep the one you want in {target}, and delete this folder");
            }

            Directory.CreateDirectory(Path.GetDirectoryName(to)!);
            MoveEntry(from, to);
        }
    }

    private static string Sibling(string name, string kind) => "." + name + kind;

    /// <summary>Whether a file, a folder or a link (even one to nothing) is at <paramref name="path"/>.</summary>
    private static bool Exists(string path) => Path.Exists(path) || new FileInfo(path).LinkTarget != null;

    /// <summary>
    /// The files the site now in <paramref name="target"/> was written with, or null when there is none (no folder, or
    /// an empty one); refused when the folder is not one a build may replace.
    /// </summary>
    private static HashSet<string>? CurrentFiles(string target)
    {
        if (new FileInfo(target).LinkTarget is { } link)
        {
            throw Refused(target, $"the output folder is a symbolic link (to {link}); a build replaces the output folder as a whole and would replace the link, so name the folder itself with --out");
        }

        if (File.Exists(target))
        {
            throw Refused(target, "the output path is a file; name a folder");
        }

        if (!Directory.Exists(target))
        {
            return null;
        }

        var marker = Path.Combine(target, SiteWriter.Marker);
        if (!File.Exists(marker))
        {
            return Directory.EnumerateFileSystemEntries(target).Any()
                ? throw Refused(target, "this folder has files SiteGen did not write, and building would replace it; choose an empty or new folder with --out")
                : null;
        }

        return SiteManifest.Read(marker)
            ?? throw Refused(target, "this site was built by an earlier SiteGen, whose marker does not list the files it wrote, so files added to the folder since cannot be told apart; move out any file you added, delete the folder and build again");
    }

    private static void DeleteIfExists(string folder)
    {
        if (!Directory.Exists(folder))
        {
            return;
        }

        // A site is thousands of one-page folders (articles/x/, people/y/): removed on all cores, the previous site goes
        // in a fraction of the time one thread takes.
        // A link is deleted as a link (Directory.Delete does not follow them), never entered.
        static IEnumerable<string> Folders(string parent) =>
            new DirectoryInfo(parent).EnumerateDirectories().Where(d => d.LinkTarget == null).Select(d => d.FullName);
        try
        {
            Parallel.ForEach(Folders(folder).SelectMany(Folders), page => Directory.Delete(page, recursive: true));
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
