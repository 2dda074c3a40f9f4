using SiteGen.Content;
using SiteGen.Extract;

namespace SiteGen.Model;

/// <summary>
/// A thing's mentions in the order its pages list them (by group, then named outlets by name with the unnamed last,
/// then articles by date, then text order) and split into pages of whole sentences.
/// </summary>
internal sealed class MentionPages
{
    private readonly List<SentenceSpan> _ordered;
    private readonly List<int> _unitStarts;
    private readonly Func<Article, string> _outletName;

    /// <param name="mentions">Every mention of the thing, article by article and in text order within one.</param>
    /// <param name="pages">How many pages to split them into.</param>
    /// <param name="groupOf">The rank of the group a mention is listed under (a figure's mentions, by what it counts), or none.</param>
    public MentionPages(IEnumerable<SentenceSpan> mentions, int pages, Func<Article, string> outletName, Func<SentenceSpan, int>? groupOf = null)
    {
        _outletName = outletName;
        var indexed = mentions.Select((m, i) => (Mention: m, Group: groupOf?.Invoke(m) ?? 0, Outlet: outletName(m.Sentence.Article), Position: i)).ToList();
        indexed.Sort((a, b) =>
        {
            var order = a.Group.CompareTo(b.Group);
            if (order == 0 && !string.Equals(a.Outlet, b.Outlet, StringComparison.Ordinal))
            {
                order = (a.Outlet == Outlet.Unnamed).CompareTo(b.Outlet == Outlet.Unnamed);
                order = order != 0 ? order : string.CompareOrdinal(a.Outlet, b.Outlet);
            }

            var x = a.Mention.Sentence.Article;
            var y = b.Mention.Sentence.Article;
            if (order == 0 && !ReferenceEquals(x, y))
            {
                order = x.Date != y.Date ? x.Date.CompareTo(y.Date) : string.CompareOrdinal(x.Slug, y.Slug);
            }

            return order != 0 ? order : a.Position.CompareTo(b.Position);
        });
        _ordered = indexed.Select(x => x.Mention).ToList();
        _unitStarts = [];
        for (var i = 0; i < indexed.Count; i++)
        {
            if (i == 0 || indexed[i].Group != indexed[i - 1].Group || !ReferenceEquals(indexed[i].Mention.Sentence, indexed[i - 1].Mention.Sentence))
            {
                _unitStarts.Add(i);
            }
        }

        Count = pages;
    }

    /// <summary>How many pages the mentions fill.</summary>
    public int Count { get; }

    /// <summary>The mentions on page <paramref name="number"/> (from 1), in order.</summary>
    public List<SentenceSpan> Page(int number)
    {
        var (start, length) = Paging.Range(_unitStarts.Count, Count, number);
        if (length == 0)
        {
            return [];
        }

        var from = _unitStarts[start];
        var to = start + length < _unitStarts.Count ? _unitStarts[start + length] : _ordered.Count;
        return _ordered.GetRange(from, to - from);
    }

    /// <summary>Each outlet with its number of sentences and the page its mentions start on, in list order.</summary>
    public List<(string OutletName, int Sentences, int FirstPage)> Outlets()
    {
        var outlets = new List<(string OutletName, int Sentences, int FirstPage)>();
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        var page = 1;
        for (var unit = 0; unit < _unitStarts.Count; unit++)
        {
            while (Paging.Range(_unitStarts.Count, Count, page) is var (start, length) && unit >= start + length)
            {
                page++;
            }

            var outlet = _outletName(_ordered[_unitStarts[unit]].Sentence.Article);
            if (seen.TryGetValue(outlet, out var at))
            {
                outlets[at] = outlets[at] with { Sentences = outlets[at].Sentences + 1 };
            }
            else
            {
                seen.Add(outlet, outlets.Count);
                outlets.Add((outlet, 1, page));
            }
        }

        return outlets;
    }

    /// <summary>
    /// The mentions in the first <paramref name="sentencesEach"/> sentences of each of the <paramref name="articles"/>
    /// latest articles that mention the thing: a summary of a fixed size, however often one article mentions it.
    /// </summary>
    public List<SentenceSpan> Latest(int articles, int sentencesEach)
    {
        var latest = new Dictionary<Article, HashSet<SentenceRef>>(ReferenceEqualityComparer.Instance);
        foreach (var article in _ordered.Select(m => m.Sentence.Article).Distinct(ReferenceEqualityComparer.Instance).Cast<Article>()
            .OrderByDescending(a => a.Date).ThenBy(a => a.Slug, StringComparer.Ordinal)
            .Take(articles))
        {
            latest.Add(article, new HashSet<SentenceRef>(ReferenceEqualityComparer.Instance));
        }

        var shown = new List<SentenceSpan>();
        foreach (var mention in _ordered)
        {
            if (latest.TryGetValue(mention.Sentence.Article, out var sentences)
                && (sentences.Contains(mention.Sentence) || (sentences.Count < sentencesEach && sentences.Add(mention.Sentence))))
            {
                shown.Add(mention);
            }
        }

        return shown;
    }
}
