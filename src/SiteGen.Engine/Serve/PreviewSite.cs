using System.Buffers;
using System.Collections.Concurrent;
using SiteGen.Build;
using SiteGen.Diagnostics;

namespace SiteGen.Serve;

/// <summary>
/// What the preview serves: the plan of the last site that built (each page rendered the first time it is asked
/// for, then held), the problems of the latest edit, and a version that changes on every rebuild.
/// </summary>
internal sealed record PreviewSite(SitePlan? Plan, IReadOnlyList<SiteDiagnostic> Problems, long Version)
{
    // Shared by the copies `with` makes for a broken edit: they keep the same plan, so the same rendered files. Only
    // finished files are shared: a render belongs to its request, and stops when that request does.
    private readonly ConcurrentDictionary<string, byte[]> _rendered = new(StringComparer.Ordinal);

    public int FileCount => Plan?.FileCount ?? 0;

    /// <summary>The file at <paramref name="path"/>, rendered once; false when the site has no such file.</summary>
    /// <param name="cancel">Stops the render part-way (a <see cref="SiteBuildException"/>); a failed or stopped render is
    /// not held, so the next request tries again (the template may be fixed by then).</param>
    public bool TryGet(string path, out byte[] content, CancellationToken cancel = default)
    {
        if (Plan is not { } plan || !plan.Contains(path))
        {
            content = [];
            return false;
        }

        content = _rendered.TryGetValue(path, out var rendered) ? rendered : _rendered.GetOrAdd(path, plan.Render(path, cancel).ToArray());
        return true;
    }
}
