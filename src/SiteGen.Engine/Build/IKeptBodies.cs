using System.Diagnostics.CodeAnalysis;
using SiteGen.Content;
using SiteGen.Markdown;
using SiteGen.Html;

namespace SiteGen.Build;

/// <summary>
/// What a builder that lives on (the preview's) keeps of the bodies it rendered, so a rebuild reads and renders again
/// only what an edit changed. A build made once keeps nothing.
/// </summary>
internal interface IKeptBodies
{
    /// <summary>The article as rendered before against the same people (<paramref name="people"/> is their fingerprint).</summary>
    bool TryGet(Article article, string people, [NotNullWhen(true)] out RenderedArticle? rendered);

    void Keep(Article article, RenderedArticle rendered);

    /// <summary>The body of a person, outlet or tracked quantity as rendered before.</summary>
    bool TryGet(ContentRecord record, [NotNullWhen(true)] out Utf8Html? html);

    void Keep(ContentRecord record, Utf8Html html);
}
