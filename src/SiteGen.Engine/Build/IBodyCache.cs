using System.Diagnostics.CodeAnalysis;
using SiteGen.Content;
using SiteGen.Markdown;
using SiteGen.Html;

namespace SiteGen.Build;

/// <summary>
/// The bodies a builder that lives on (the preview's) converted before, so a rebuild reads and converts again only what
/// an edit changed. A build made once has no cache.
/// </summary>
internal interface IBodyCache
{
    /// <summary>The article as converted before against the same people (<paramref name="people"/> is their fingerprint).</summary>
    bool TryGet(Article article, string people, [NotNullWhen(true)] out ConvertedArticle? converted);

    void Add(Article article, ConvertedArticle converted);

    /// <summary>The body of a person, outlet or tracked quantity as converted before.</summary>
    bool TryGet(ContentRecord record, [NotNullWhen(true)] out Utf8Html? html);

    void Add(ContentRecord record, Utf8Html html);
}
