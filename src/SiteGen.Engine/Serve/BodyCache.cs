using System.Diagnostics.CodeAnalysis;
using System.Runtime.CompilerServices;
using SiteGen.Build;
using SiteGen.Content;
using SiteGen.Markdown;
using SiteGen.Html;

namespace SiteGen.Serve;

/// <summary>
/// The preview's converted bodies, each cached with its record: the content reader hands back the same record object for
/// a file that did not change, so a record the reader let go (an edited or deleted file) takes its body with it.
/// </summary>
internal sealed class BodyCache : IBodyCache
{
    private readonly ConditionalWeakTable<Article, ConvertedArticle> _articles = [];
    private readonly ConditionalWeakTable<ContentRecord, Utf8Html> _others = [];

    public bool TryGet(Article article, string people, [NotNullWhen(true)] out ConvertedArticle? converted)
    {
        converted = _articles.TryGetValue(article, out var cached) && cached.People == people ? cached : null;
        return converted != null;
    }

    public void Add(Article article, ConvertedArticle converted) => _articles.AddOrUpdate(article, converted);

    public bool TryGet(ContentRecord record, [NotNullWhen(true)] out Utf8Html? html) => _others.TryGetValue(record, out html);

    public void Add(ContentRecord record, Utf8Html html) => _others.AddOrUpdate(record, html);
}
