using SiteGen.Diagnostics;

namespace SiteGen.Content;

/// <summary>Content read at run time: the records when they could be read, and every problem found.</summary>
internal sealed record ContentReadResult(ContentSet? Content, IReadOnlyList<SiteDiagnostic> Problems)
{
    /// <summary>
    /// Whether a file was still being written when read, so was left as it was before (or out, if new): read again
    /// once it has been still for the reader's <see cref="ContentFolderReader.StillFor"/>.
    /// </summary>
    public bool Unsettled { get; init; }
}
