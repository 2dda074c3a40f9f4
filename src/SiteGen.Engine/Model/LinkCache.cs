using System.Collections.Concurrent;

namespace SiteGen.Model;

/// <summary>
/// Links (addresses, or link views) to one kind of page, each made once per page depth: an archive's pages and bodies
/// link the same articles, people, dates and figures hundreds of thousands of times, and a link is the same wherever
/// pages at one depth use it. Safe to use from several threads at once.
/// </summary>
/// <param name="keyOf">What tells the targets apart (a slug, a key).</param>
/// <param name="make">Makes the link to a target from a page at the given root (<c>../../</c>).</param>
internal sealed class LinkCache<TTarget, TKey, TLink>(Func<TTarget, TKey> keyOf, Func<TTarget, string, TLink> make)
    where TKey : notnull
{
    private readonly ConcurrentDictionary<(string Root, TKey Key), TLink> _links = new();

    public TLink Get(TTarget target, string root)
    {
        var key = (root, keyOf(target));
        return _links.TryGetValue(key, out var link) ? link : _links.GetOrAdd(key, make(target, root));
    }
}
