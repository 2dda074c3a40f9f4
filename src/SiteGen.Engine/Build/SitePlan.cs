using System.Buffers;
using SiteGen.Diagnostics;
using SiteGen.Extract;
using SiteGen.Write;

namespace SiteGen.Build;

/// <summary>
/// Every file of a site, known by path, each rendered when asked for: a build renders them all (on all cores), the
/// preview only those a reader opens. Content is read, rendered and cross-referenced before the plan exists, so
/// content errors come first; a template error comes when a page using it is rendered.
/// </summary>
internal sealed class SitePlan(
    IReadOnlyList<string> pages,
    IReadOnlyList<string> otherFiles,
    IReadOnlyDictionary<string, Func<CancellationToken, ReadOnlySequence<byte>>> render,
    IReadOnlyDictionary<string, Action<IBufferWriter<byte>>> streamed,
    int articles,
    int people,
    int outlets,
    IReadOnlyList<SiteDiagnostic> warnings)
{
    /// <summary>The paths of the HTML pages, in site order.</summary>
    public IReadOnlyList<string> Pages { get; } = pages;

    /// <summary>The paths of the other files: data, search index, feeds, assets.</summary>
    public IReadOnlyList<string> OtherFiles { get; } = otherFiles;

    public int FileCount => render.Count + streamed.Count;

    public int Articles { get; } = articles;

    /// <summary>Names the articles introduce as people's that no person file knows (each an SG0401 warning).</summary>
    public IReadOnlyList<UnknownName> UnknownNames { get; init; } = [];

    public int People { get; } = people;

    public int Outlets { get; } = outlets;

    public IReadOnlyList<SiteDiagnostic> Warnings { get; } = warnings;

    public bool Contains(string path) => render.ContainsKey(path) || streamed.ContainsKey(path);

    /// <summary>
    /// Whether the file at <paramref name="path"/> can be written as it is made (<see cref="Write"/>): the data files,
    /// tens of megabytes in a large archive, which a build never holds whole.
    /// </summary>
    public bool IsStreamed(string path) => streamed.ContainsKey(path);

    /// <summary>Writes a file that <see cref="IsStreamed"/> into <paramref name="output"/> as it is made.</summary>
    public void Write(string path, IBufferWriter<byte> output) => streamed[path](output);

    /// <summary>
    /// The bytes of the file at <paramref name="path"/>; a <see cref="SiteBuildException"/> when its template fails.
    /// A page's bytes are a view of a buffer the next page rendered on the same thread reuses: write or copy them first.
    /// </summary>
    /// <param name="cancel">Stops a page's template part-way (the preview's): a <see cref="SiteBuildException"/> at the
    /// place it stopped.</param>
    public ReadOnlySequence<byte> Render(string path, CancellationToken cancel = default)
    {
        if (streamed.TryGetValue(path, out var write))
        {
            var buffer = new BlockBuffer();
            write(buffer);
            return buffer.ToSequence();
        }

        return render[path](cancel);
    }
}
