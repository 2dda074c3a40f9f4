using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Text;
using SiteGen.Build;
using SiteGen.Content;
using SiteGen.Diagnostics;

namespace SiteGen.Serve;

/// <summary>
/// A local preview on 127.0.0.1 that rebuilds in memory when content or templates change and reloads open pages.
/// Changed files are re-read with the shared front-matter parser, so no recompilation is needed. Changes are
/// debounced, so an editor's save (often a write to a temporary file and a rename) triggers one rebuild. A broken
/// edit keeps the last good site and shows the problems in the page and on the terminal.
/// </summary>
internal sealed class PreviewServer : IDisposable
{
    private static readonly TimeSpan Debounce = TimeSpan.FromMilliseconds(150);

    /// <summary>The longest a stream of writes postpones a rebuild: a file saved again and again still shows.</summary>
    private static readonly TimeSpan MostDelay = TimeSpan.FromSeconds(1);

    private static readonly TimeSpan LongPoll = TimeSpan.FromSeconds(25);

    /// <summary>
    /// How often a waiting reload request is sent a blank line. The listener does not say when a browser goes away;
    /// writing to a closed connection fails, so an abandoned request gives back its socket within two of these.
    /// </summary>
    private static readonly TimeSpan Heartbeat = TimeSpan.FromMilliseconds(500);

    /// <summary>How many reload requests may wait for a change at once; more are told at once to come back later.</summary>
    public const int MostWaiting = 64;

    private readonly ContentFolderReader _reader;
    private readonly SiteBuilder _builder;
    private readonly TextWriter _log;
    private readonly HttpListener _listener = new();
    private readonly List<FileSystemWatcher> _watchers = [];
    private readonly Timer _debounce;
    private readonly object _gate = new();
    private readonly object _scheduleGate = new();
    private readonly string _contentRoot;
    private TaskCompletionSource _changed = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private PreviewSite _site = new(null, [], 0);
    private long _pendingSince = -1;
    private int _waiting;

    public PreviewServer(ContentFolderReader reader, SiteBuilder builder, IEnumerable<string> watchedFolders, int? port, TextWriter log)
    {
        _reader = reader;
        _contentRoot = reader.Root;
        _builder = builder;
        _log = log;
        _debounce = new Timer(_ => RebuildScheduled(), null, Timeout.Infinite, Timeout.Infinite);
        Port = Bind(port);
        foreach (var folder in watchedFolders.Where(Directory.Exists))
        {
            var watcher = new FileSystemWatcher(folder) { IncludeSubdirectories = true, NotifyFilter = NotifyFilters.FileName | NotifyFilters.DirectoryName | NotifyFilters.LastWrite | NotifyFilters.Size };
            watcher.Changed += (_, _) => Schedule();
            watcher.Created += (_, _) => Schedule();
            watcher.Deleted += (_, _) => Schedule();
            watcher.Renamed += (_, _) => Schedule();
            watcher.Error += (_, _) => Schedule();
            _watchers.Add(watcher);
        }
    }

    public int Port { get; }

    /// <summary>Whether each rebuild prints how long each stage took (<c>serve --timings</c>).</summary>
    public bool PrintTimings { get; init; }

    public string Address => string.Create(CultureInfo.InvariantCulture, $"http://127.0.0.1:{Port}/");

    public PreviewSite Site => Volatile.Read(ref _site);

    /// <summary>Builds once, then serves until <paramref name="stop"/> is cancelled.</summary>
    public async Task RunAsync(CancellationToken stop)
    {
        Rebuild();
        foreach (var watcher in _watchers)
        {
            watcher.EnableRaisingEvents = true;
        }

        _listener.Start();
        using var registration = stop.Register(() => _listener.Stop());
        while (!stop.IsCancellationRequested)
        {
            HttpListenerContext context;
            try
            {
                context = await _listener.GetContextAsync();
            }
            catch (Exception) when (stop.IsCancellationRequested)
            {
                break;
            }
            catch (HttpListenerException)
            {
                break;
            }

            _ = Task.Run(() => Respond(context), CancellationToken.None);
        }
    }

    /// <summary>
    /// Reads the content again (only changed files are parsed) and plans the site: changed article bodies are rendered
    /// and everything cross-referenced, and each page is rendered when it is first asked for. On failure the previous site stays.
    /// </summary>
    public void Rebuild()
    {
        lock (_gate)
        {
            var clock = Stopwatch.StartNew();
            var timings = new StageTimings();
            var previous = Site;
            PreviewSite next;
            var unsettled = false;
            try
            {
                var read = timings.Measure("read content", _reader.Read);
                unsettled = read.Unsettled;
                if (read.Content == null)
                {
                    next = previous with { Problems = read.Problems, Version = previous.Version + 1 };
                }
                else
                {
                    var plan = _builder.Plan(read.Content, timings);
                    next = new PreviewSite(plan, [.. read.Problems, .. plan.Warnings], previous.Version + 1);
                }
            }
            catch (SiteBuildException e)
            {
                next = previous with { Problems = e.Errors, Version = previous.Version + 1 };
            }
            catch (Exception e)
            {
                // Whatever fails, the preview goes on serving the last good site and says what happened.
                next = previous with { Problems = [Unexpected(_contentRoot, e)], Version = previous.Version + 1 };
            }

            if (unsettled)
            {
                Schedule();
            }

            Volatile.Write(ref _site, next);
            foreach (var problem in next.Problems)
            {
                _log.WriteLine(problem);
            }

            var failed = next.Problems.Any(p => !p.IsWarning);
            _log.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{(failed ? "Edit does not build; still serving the last good site" : "Rebuilt")} ({next.FileCount} files) in {clock.Elapsed.TotalMilliseconds:0} ms."));
            if (PrintTimings)
            {
                foreach (var stage in timings.Stages)
                {
                    _log.WriteLine(stage);
                }
            }

            Interlocked.Exchange(ref _changed, new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously)).TrySetResult();
        }
    }

    public void Dispose()
    {
        foreach (var watcher in _watchers)
        {
            watcher.Dispose();
        }

        _debounce.Dispose();
        ((IDisposable)_listener).Dispose();
    }

    /// <summary>
    /// A rebuild waits for the writes to pause (an editor's save is several), but not longer than
    /// <see cref="MostDelay"/> after the first of them.
    /// </summary>
    private void Schedule()
    {
        lock (_scheduleGate)
        {
            var now = Stopwatch.GetTimestamp();
            if (_pendingSince < 0)
            {
                _pendingSince = now;
            }

            var left = MostDelay - Stopwatch.GetElapsedTime(_pendingSince, now);
            _debounce.Change(left < Debounce ? (left > TimeSpan.Zero ? left : TimeSpan.Zero) : Debounce, Timeout.InfiniteTimeSpan);
        }
    }

    private void RebuildScheduled()
    {
        lock (_scheduleGate)
        {
            _pendingSince = -1;
        }

        Rebuild();
    }

    private static SiteDiagnostic Unexpected(string path, Exception e) =>
        new(path, 1, 1, SiteErrorIds.Unexpected, $"SiteGen failed unexpectedly ({e.GetType().Name}: {e.Message}); please report it");

    private async Task Respond(HttpListenerContext context)
    {
        var response = context.Response;
        try
        {
            var path = Uri.UnescapeDataString(context.Request.Url!.AbsolutePath);
            if (path == LiveReload.VersionPath)
            {
                if (Interlocked.Increment(ref _waiting) > MostWaiting)
                {
                    Interlocked.Decrement(ref _waiting);
                    response.Headers["Retry-After"] = "1";
                    Send(response, 503, "text/plain; charset=utf-8", "Too many pages are waiting for a change; try again in a second."u8.ToArray());
                    return;
                }

                try
                {
                    await AnswerWhenChanged(response, context.Request.QueryString["since"]);
                }
                finally
                {
                    Interlocked.Decrement(ref _waiting);
                }

                return;
            }

            var site = Site;
            var file = FileOf(path);
            byte[] content;
            try
            {
                if (file == null || !site.TryGet(file, out content))
                {
                    Send(response, 404, "text/plain; charset=utf-8", Encoding.UTF8.GetBytes("Not found: " + path));
                    return;
                }
            }
            catch (SiteBuildException e)
            {
                foreach (var error in e.Errors)
                {
                    _log.WriteLine(error);
                }

                Send(response, 500, "text/html; charset=utf-8", LiveReload.Decorate(Encoding.UTF8.GetBytes(LiveReload.ErrorPage(path)), site with { Problems = e.Errors }, "This page's template fails:"));
                return;
            }

            var type = ContentTypeOf(file);
            Send(response, 200, type, type.StartsWith("text/html", StringComparison.Ordinal) ? LiveReload.Decorate(content, site) : content);
        }
        catch (Exception e) when (e is HttpListenerException or ObjectDisposedException or IOException)
        {
            // The browser went away mid-response: nothing to do.
        }
        catch (Exception e)
        {
            // A request always gets an answer: a failure SiteGen did not foresee is the error page, not a request left open.
            var problem = Unexpected(_contentRoot, e);
            _log.WriteLine(problem);
            try
            {
                Send(response, 500, "text/html; charset=utf-8", LiveReload.Decorate(Encoding.UTF8.GetBytes(LiveReload.ErrorPage(context.Request.Url?.AbsolutePath ?? "/")), Site with { Problems = [problem] }, "This page cannot be rendered:"));
            }
            catch (Exception e2) when (e2 is HttpListenerException or ObjectDisposedException or IOException or InvalidOperationException)
            {
            }
        }
    }

    /// <summary>
    /// Answers with the site's version once it differs from <paramref name="since"/>, or after <see cref="LongPoll"/>.
    /// Until then the answer is streamed a blank line at each <see cref="Heartbeat"/>: a browser that went away makes
    /// that write fail, which ends the wait and closes its socket.
    /// </summary>
    private async Task AnswerWhenChanged(HttpListenerResponse response, string? since)
    {
        var changed = Volatile.Read(ref _changed).Task;
        response.StatusCode = 200;
        response.ContentType = "text/plain; charset=utf-8";
        response.Headers["Cache-Control"] = "no-store";
        response.SendChunked = true;
        var output = response.OutputStream;
        try
        {
            if (long.TryParse(since, NumberStyles.None, CultureInfo.InvariantCulture, out var version) && version == Site.Version)
            {
                var waited = Stopwatch.StartNew();
                while (!changed.IsCompleted && waited.Elapsed < LongPoll)
                {
                    await output.WriteAsync("\n"u8.ToArray());
                    await output.FlushAsync();
                    await Task.WhenAny(changed, Task.Delay(Heartbeat));
                }
            }

            await output.WriteAsync(Encoding.UTF8.GetBytes(Site.Version.ToString(CultureInfo.InvariantCulture)));
            response.Close();
        }
        catch (Exception e) when (e is HttpListenerException or ObjectDisposedException or IOException)
        {
            response.Abort();
        }
    }

    /// <summary>"/" is index.html and "/people/x/" is people/x/index.html; nothing outside the site is ever served.</summary>
    private static string? FileOf(string path)
    {
        var relative = path.TrimStart('/');
        if (relative.Length == 0 || relative.EndsWith('/'))
        {
            relative += "index.html";
        }

        return relative.Split('/').Any(segment => segment is ".." or ".") ? null : relative;
    }

    private static string ContentTypeOf(string file) => Path.GetExtension(file) switch
    {
        ".html" => "text/html; charset=utf-8",
        ".css" => "text/css; charset=utf-8",
        ".json" => "application/json; charset=utf-8",
        ".js" => "text/javascript; charset=utf-8",
        ".svg" => "image/svg+xml",
        ".png" => "image/png",
        _ => "application/octet-stream",
    };

    private static void Send(HttpListenerResponse response, int status, string contentType, byte[] body)
    {
        response.StatusCode = status;
        response.ContentType = contentType;
        response.Headers["Cache-Control"] = "no-store";
        response.ContentLength64 = body.Length;
        response.OutputStream.Write(body);
        response.Close();
    }

    /// <summary>The port asked for, or from 8080 up the first one free on the loopback address.</summary>
    private int Bind(int? port)
    {
        var candidates = port is { } fixedPort ? [fixedPort] : Enumerable.Range(8080, 100);
        foreach (var candidate in candidates)
        {
            if (!IsFree(candidate))
            {
                continue;
            }

            _listener.Prefixes.Clear();
            _listener.Prefixes.Add(string.Create(CultureInfo.InvariantCulture, $"http://127.0.0.1:{candidate}/"));
            return candidate;
        }

        throw new SiteBuildException(new SiteDiagnostic("127.0.0.1", 1, 1, SiteErrorIds.OutputRefused,
            port is { } p ? $"port {p} is in use; choose another with --port" : "no free port between 8080 and 8179; choose one with --port"));
    }

    private static bool IsFree(int port)
    {
        try
        {
            using var probe = new TcpListener(IPAddress.Loopback, port);
            probe.Start();
            return true;
        }
        catch (SocketException)
        {
            return false;
        }
    }
}
