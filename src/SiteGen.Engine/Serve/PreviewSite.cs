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
    // Shared by the copies `with` makes for a broken edit: they keep the same plan, so the same rendered files.
    private readonly ConcurrentDictionary<string, Lazy<byte[]>> _rendered = new(StringComparer.Ordinal);

    public int FileCount => Plan?.FileCount ?? 0;

    /// <summary>The file at <paramref name="path"/>, rendered once; false when the site has no such file.</summary>
    public bool TryGet(string path, out byte[] content)
    {
        if (Plan is not { } plan || !plan.Contains(path))
        {
            content = [];
            return false;
        }

        var rendered = _rendered.GetOrAdd(path, p => new Lazy<byte[]>(() => plan.Render(p).ToArray()));
        try
        {
            content = rendered.Value;
            return true;
        }
        catch
        {
            // A failed render is not held: the next request tries again (the template may be fixed by then).
            _rendered.TryRemove(path, out _);
            throw;
        }
    }
}
