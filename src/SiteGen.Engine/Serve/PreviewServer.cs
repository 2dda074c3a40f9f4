using System.Diagnostics;
using System.Globalization;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using SiteGen.Build;
using SiteGen.Content;
using SiteGen.Diagnostics;

namespace SiteGen.Serve;

/// <summary>
/// A local preview on the loopback addresses that rebuilds in memory when content or templates change and reloads open pages.
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

    /// <summary>How many reload requests may wait for a change at once; more are told at once to come back later.</summary>
    public const int MostWaiting = 64;

    private readonly ContentFolderReader _reader;
    private readonly SiteBuilder _builder;
    private readonly TextWriter _log;
    private readonly WebApplication _host;
    private readonly List<FolderWatch> _watches = [];
    private readonly Timer _debounce;
    private readonly object _gate = new();
    private readonly object _scheduleGate = new();
    private readonly string _contentRoot;
    private TaskCompletionSource _changed = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private PreviewSite _site = new(null, [], 0);
    private readonly TaskCompletionSource _firstBuild = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private long _pendingSince = -1;
    private int _waiting;
    private int _rendering;

    public PreviewServer(ContentFolderReader reader, SiteBuilder builder, IEnumerable<string> watchedFolders, int? port, TextWriter log)
    {
        _reader = reader;
        _contentRoot = reader.Root;
        _builder = builder;
        _log = log;
        _debounce = new Timer(_ => RebuildScheduled(), null, Timeout.Infinite, Timeout.Infinite);
        foreach (var folder in watchedFolders)
        {
            _watches.Add(new FolderWatch(folder, Schedule));
        }

        // Listening from the start, a request made before the first build waits for it instead of being refused.
        (_host, Port) = LoopbackHost.Start(port, Respond);
    }

    public int Port { get; }

    /// <summary>Whether each rebuild prints how long each stage took (<c>serve --timings</c>).</summary>
    public bool PrintTimings { get; init; }

    public string Address => string.Create(CultureInfo.InvariantCulture, $"http://localhost:{Port}/");

    public PreviewSite Site => Volatile.Read(ref _site);

    public static readonly TimeSpan DefaultRenderLimit = TimeSpan.FromSeconds(10);

    /// <summary>How long a page may take to render before it is stopped and its problem shown.</summary>
    public TimeSpan RenderLimit { get; init; } = DefaultRenderLimit;

    /// <summary>The pages rendering now, each for a request still waiting.</summary>
    public int Rendering => Volatile.Read(ref _rendering);

    /// <summary>Builds once, then serves until <paramref name="stop"/> is cancelled.</summary>
    public async Task RunAsync(CancellationToken stop)
    {
        Rebuild();
        foreach (var watch in _watches)
        {
            watch.Start();
        }

        _firstBuild.TrySetResult();
        try
        {
            await Task.Delay(Timeout.Infinite, stop);
        }
        catch (OperationCanceledException)
        {
        }

        // Pages still waiting for a change are not waited for: Kestrel closes them once this passes.
        using var shutdown = new CancellationTokenSource(TimeSpan.FromSeconds(1));
        await _host.StopAsync(shutdown.Token);
    }

    /// <summary>
    /// Reads the content again (only changed files are parsed) and plans the site: changed article bodies are converted
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

            var took = string.Create(CultureInfo.InvariantCulture, $"{clock.Elapsed.TotalMilliseconds:0} ms");
            _log.WriteLine(!next.Problems.Any(p => !p.IsWarning) ? $"Rebuilt ({next.FileCount} files) in {took}."
                : next.Plan == null ? $"The report does not build yet ({took}); the preview shows the problems above until it does."
                : $"Edit does not build; still serving the last good site ({next.FileCount} files) in {took}.");
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
        foreach (var watch in _watches)
        {
            watch.Dispose();
        }

        _debounce.Dispose();
        _firstBuild.TrySetResult();
        _host.DisposeAsync().AsTask().GetAwaiter().GetResult();
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

    /// <summary>
    /// Renders <paramref name="file"/> for one request, within <see cref="RenderLimit"/>, stopping if the request
    /// ends first: a template that loops for minutes neither holds a reader without an answer nor keeps a processor
    /// busy after the reader left, however often the page is reloaded.
    /// </summary>
    private bool Render(PreviewSite site, string file, CancellationToken requestEnded, out byte[] content)
    {
        using var limit = CancellationTokenSource.CreateLinkedTokenSource(requestEnded);
        limit.CancelAfter(RenderLimit);
        Interlocked.Increment(ref _rendering);
        try
        {
            return site.TryGet(file, out content, limit.Token);
        }
        finally
        {
            Interlocked.Decrement(ref _rendering);
        }
    }

    private static SiteDiagnostic Unexpected(string path, Exception e) =>
        new(path, 1, 1, SiteErrorIds.Unexpected, $"SiteGen failed unexpectedly ({e.GetType().Name}: {e.Message}); please report it");

    private async Task Respond(HttpContext context)
    {
        var response = context.Response;
        response.Headers.CacheControl = "no-store";
        await _firstBuild.Task;
        try
        {
            var path = context.Request.Path.Value ?? "/";
            if (path == LiveReload.VersionPath)
            {
                await AnswerWhenChanged(context);
                return;
            }

            var site = Site;
            if (site.Plan == null)
            {
                await Send(response, 503, ContentTypes.Html, LiveReload.Decorate(LiveReload.NotBuiltPage(), site));
                return;
            }

            var file = FileOf(path);
            byte[] content = [];
            try
            {
                if (file == null || !Render(site, file, context.RequestAborted, out content))
                {
                    await Send(response, 404, ContentTypes.Html, LiveReload.Decorate(LiveReload.NotFoundPage(path), site));
                    return;
                }
            }
            catch (SiteBuildException) when (context.RequestAborted.IsCancellationRequested)
            {
                // The reader left while the page rendered: the render stopped, and there is no one to answer.
                return;
            }
            catch (SiteBuildException e)
            {
                foreach (var error in e.Errors)
                {
                    _log.WriteLine(error);
                }

                await Send(response, 500, ContentTypes.Html, LiveReload.Decorate(LiveReload.ErrorPage(path), site with { Problems = e.Errors }, "This page's template fails:"));
                return;
            }

            var type = ContentTypes.Of(file);
            await Send(response, 200, type, ContentTypes.IsHtml(type) ? LiveReload.Decorate(content, site) : content);
        }
        catch (Exception e) when (context.RequestAborted.IsCancellationRequested && e is IOException or OperationCanceledException)
        {
            // The browser went away mid-response: nothing to do.
        }
        catch (Exception e) when (!response.HasStarted)
        {
            // A request always gets an answer: a failure SiteGen did not foresee is the error page, not a request left open.
            var problem = Unexpected(_contentRoot, e);
            _log.WriteLine(problem);
            await Send(response, 500, ContentTypes.Html, LiveReload.Decorate(LiveReload.ErrorPage(context.Request.Path.Value ?? "/"), Site with { Problems = [problem] }, "This page cannot be rendered:"));
        }
    }

    /// <summary>
    /// Answers with the site's version once it differs from the <c>since</c> the page knows, or after
    /// <see cref="LongPoll"/>; a browser that goes away ends the wait at once. At most <see cref="MostWaiting"/>
    /// wait together; more are told at once to come back.
    /// </summary>
    private async Task AnswerWhenChanged(HttpContext context)
    {
        var response = context.Response;
        if (Interlocked.Increment(ref _waiting) > MostWaiting)
        {
            Interlocked.Decrement(ref _waiting);
            response.Headers.RetryAfter = "1";
            await Send(response, 503, ContentTypes.Text, "Too many pages are waiting for a change; try again in a second."u8.ToArray());
            return;
        }

        try
        {
            var changed = Volatile.Read(ref _changed).Task;
            response.StatusCode = 200;
            response.ContentType = ContentTypes.Text;
            // The headers go out at once, so a page knows its wait was accepted rather than refused.
            await response.StartAsync(context.RequestAborted);
            await response.Body.FlushAsync(context.RequestAborted);
            if (long.TryParse(context.Request.Query["since"], NumberStyles.None, CultureInfo.InvariantCulture, out var version) && version == Site.Version)
            {
                try
                {
                    await changed.WaitAsync(LongPoll, context.RequestAborted);
                }
                catch (TimeoutException)
                {
                }
                catch (OperationCanceledException)
                {
                    return;
                }
            }

            await response.Body.WriteAsync(Encoding.UTF8.GetBytes(Site.Version.ToString(CultureInfo.InvariantCulture)));
        }
        finally
        {
            Interlocked.Decrement(ref _waiting);
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

    private static async Task Send(HttpResponse response, int status, string contentType, byte[] body)
    {
        response.StatusCode = status;
        response.ContentType = contentType;
        response.ContentLength = body.Length;
        await response.Body.WriteAsync(body);
    }

}
