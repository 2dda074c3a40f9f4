using System.Diagnostics.CodeAnalysis;
using System.Runtime.CompilerServices;
using SiteGen.Build;
using SiteGen.Content;
using SiteGen.Markdown;
using SiteGen.Html;

namespace SiteGen.Serve;

/// <summary>
/// The preview's rendered bodies, each kept with its record: the content reader hands back the same record object for
/// a file that did not change, so a record the reader let go (an edited or deleted file) takes its body with it.
/// </summary>
internal sealed class KeptBodies : IKeptBodies
{
    private readonly ConditionalWeakTable<Article, RenderedArticle> _articles = [];
    private readonly ConditionalWeakTable<ContentRecord, Utf8Html> _others = [];

    public bool TryGet(Article article, string people, [NotNullWhen(true)] out RenderedArticle? rendered)
    {
        rendered = _articles.TryGetValue(article, out var kept) && kept.People == people ? kept : null;
        return rendered != null;
    }

    public void Keep(Article article, RenderedArticle rendered) => _articles.AddOrUpdate(article, rendered);

    public bool TryGet(ContentRecord record, [NotNullWhen(true)] out Utf8Html? html) => _others.TryGetValue(record, out html);

    public void Keep(ContentRecord record, Utf8Html html) => _others.AddOrUpdate(record, html);
}
