using SiteGen.Build;

namespace SiteGen.Content;

/// <summary>Content read at run time: the records when they could be read, and every problem found.</summary>
public sealed record ContentReadResult(ContentSet? Content, IReadOnlyList<SiteDiagnostic> Problems);
