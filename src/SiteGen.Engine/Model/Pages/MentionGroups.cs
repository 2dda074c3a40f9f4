using SiteGen.Content;
using SiteGen.Extract;
using SiteGen.Model.Views;

namespace SiteGen.Model.Pages;

/// <summary>A thing's mentions as the pages of people, dates and figures list them: by outlet, article and sentence.</summary>
internal sealed class MentionGroups(SiteLinks links, SitePaths paths)
{
    /// <summary>What the first page of a list of mentions that spans pages says before it; null on other pages and short lists.</summary>
    public MentionSummary? Summary(MentionPages mentions, ListPage at)
    {
        if (at.Number != 1 || mentions.Count == 1)
        {
            return null;
        }

        const int latestArticles = 3;
        const int sentencesEach = 5;
        var outlets = mentions.Outlets()
            .Select(o => new OutletShare(o.OutletName, Wording.Counted(o.Sentences, "mention"), at.Root + paths.Link(Paging.Folder(at.First, o.FirstPage))))
            .ToList();
        return new MentionSummary(outlets, ByOutlet(mentions.Latest(latestArticles, sentencesEach), at.Root));
    }

    /// <summary>
    /// Mentions grouped by outlet (named outlets first, by name), then by article in date order, then by sentence in the
    /// order first mentioned. Pages of people and dates list thousands of mentions: grouped in one pass, each article's
    /// address made once.
    /// </summary>
    public List<OutletMentions> ByOutlet(IEnumerable<SentenceSpan> mentions, string root)
    {
        var byArticle = new Dictionary<Article, List<SentenceSpan>>(ReferenceEqualityComparer.Instance);
        foreach (var mention in mentions)
        {
            var article = mention.Sentence.Article;
            if (!byArticle.TryGetValue(article, out var ofArticle))
            {
                ofArticle = [];
                byArticle.Add(article, ofArticle);
            }

            ofArticle.Add(mention);
        }

        var articles = byArticle.Keys.ToList();
        articles.Sort((a, b) => a.Date != b.Date ? a.Date.CompareTo(b.Date) : string.CompareOrdinal(a.Slug, b.Slug));
        var byOutlet = new Dictionary<string, List<ArticleMentions>>(StringComparer.Ordinal);
        foreach (var article in articles)
        {
            var link = links.Article(article, root);
            if (!byOutlet.TryGetValue(link.OutletName, out var ofOutlet))
            {
                ofOutlet = [];
                byOutlet.Add(link.OutletName, ofOutlet);
            }

            ofOutlet.Add(new ArticleMentions(link, BySentence(byArticle[article], link.Url)));
        }

        return byOutlet.Keys
            .OrderBy(outlet => outlet == Outlet.Unnamed)
            .ThenBy(outlet => outlet, StringComparer.Ordinal)
            .Select(outlet => new OutletMentions(outlet, byOutlet[outlet]))
            .ToList();
    }

    /// <summary>One view per sentence, in the order first mentioned, with the sentence's mentions of the thing.</summary>
    /// <param name="mentions">One article's mentions of one thing.</param>
    private static List<MentionView> BySentence(List<SentenceSpan> mentions, string articleUrl)
    {
        var ofSentence = new Dictionary<SentenceRef, List<SentenceSpan>>(ReferenceEqualityComparer.Instance);
        var sentences = new List<SentenceRef>();
        foreach (var mention in mentions)
        {
            if (!ofSentence.TryGetValue(mention.Sentence, out var spans))
            {
                spans = [];
                ofSentence.Add(mention.Sentence, spans);
                sentences.Add(mention.Sentence);
            }

            spans.Add(mention);
        }

        return sentences.ConvertAll(sentence => new MentionView(string.Concat(articleUrl, "#", sentence.Anchor), sentence.Text, ofSentence[sentence]));
    }

    /// <summary>
    /// The sentences of a thing's mentions, each once. Mentions come article by article and in text order within one,
    /// so a sentence's mentions stand together.
    /// </summary>
    public static List<SentenceRef> DistinctSentences(IEnumerable<PersonMention> mentions)
    {
        var sentences = new List<SentenceRef>();
        foreach (var mention in mentions)
        {
            if (sentences.Count == 0 || !ReferenceEquals(sentences[^1], mention.Sentence))
            {
                sentences.Add(mention.Sentence);
            }
        }

        return sentences;
    }
}
