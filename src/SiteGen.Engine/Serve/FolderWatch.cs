namespace SiteGen.Serve;

/// <summary>
/// Tells the preview when anything in one of the report's folders (content, templates, static files) changes, and
/// goes on doing so when the folder itself is deleted, replaced or made later (a branch switch, a sync tool, a
/// <c>static/</c> added while serving): a watch on a folder ends with that folder, so its parent is watched for the
/// folder's name and the watch inside is made again whenever the name comes and goes.
/// </summary>
internal sealed class FolderWatch : IDisposable
{
    private const NotifyFilters Everything = NotifyFilters.FileName | NotifyFilters.DirectoryName | NotifyFilters.LastWrite | NotifyFilters.Size;

    private readonly string _folder;
    private readonly Action _changed;
    private readonly FileSystemWatcher? _parent;
    private readonly object _gate = new();
    private FileSystemWatcher? _inside;
    private bool _started;

    public FolderWatch(string folder, Action changed)
    {
        _folder = Path.GetFullPath(folder).TrimEnd(Path.DirectorySeparatorChar);
        _changed = changed;
        if (Path.GetDirectoryName(_folder) is { } parent && Directory.Exists(parent))
        {
            _parent = new FileSystemWatcher(parent, Path.GetFileName(_folder)) { IncludeSubdirectories = false, NotifyFilter = NotifyFilters.DirectoryName | NotifyFilters.FileName };
            _parent.Created += (_, _) => Replaced();
            _parent.Deleted += (_, _) => Replaced();
            _parent.Renamed += (_, _) => Replaced();
            _parent.Error += (_, _) => Replaced();
        }

        WatchInside();
    }

    public void Start()
    {
        lock (_gate)
        {
            _started = true;
            _parent?.EnableRaisingEvents = true;
            _inside?.EnableRaisingEvents = true;
        }
    }

    public void Dispose()
    {
        lock (_gate)
        {
            _started = false;
            _parent?.Dispose();
            _inside?.Dispose();
            _inside = null;
        }
    }

    /// <summary>The folder came, went or was swapped for another: the new one is watched, and read whole by the rebuild.</summary>
    private void Replaced()
    {
        WatchInside();
        _changed();
    }

    private void WatchInside()
    {
        lock (_gate)
        {
            _inside?.Dispose();
            _inside = null;
            if (!Directory.Exists(_folder))
            {
                return;
            }

            try
            {
                var inside = new FileSystemWatcher(_folder) { IncludeSubdirectories = true, NotifyFilter = Everything };
                inside.Changed += (_, _) => _changed();
                inside.Created += (_, _) => _changed();
                inside.Deleted += (_, _) => _changed();
                inside.Renamed += (_, _) => _changed();
                inside.Error += (_, _) => Replaced();
                inside.EnableRaisingEvents = _started;
                _inside = inside;
            }
            catch (Exception e) when (e is IOException or ArgumentException or UnauthorizedAccessException)
            {
                // Gone again between the check and the watch: the parent's watch will see it come back.
            }
        }
    }
}
