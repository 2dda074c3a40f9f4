using SiteGen.Extract;
using SiteGen.Markdown;
using SiteGen.Html;

namespace SiteGen.Model.Views;

// The small link records every page kind shares. Properties are the names templates bind to; URLs are relative to the page.

/// <summary>An article as it appears in lists.</summary>
public sealed record ArticleLink(string Url, string Title, string Date, string DateIso, string OutletName, string Summary);

/// <summary>A person as it appears in lists.</summary>
public sealed record PersonLink(string Key, string Url, string Name, string Role, string Mentions);

/// <summary>An outlet as it appears in lists.</summary>
public sealed record OutletLink(string Url, string Name, string Articles);

/// <summary>A date as it appears in lists and timelines.</summary>
public sealed record DateLink(string Url, string Key, string Display, string Mentions);

/// <summary>A figure as it appears in lists.</summary>
/// <param name="Counted">What the number counts, when a sentence says.</param>
public sealed record FigureLink(string Url, string Display, string? Counted, string Mentions);

/// <summary>A sentence that mentions something, linking to its anchor in the article.</summary>
public sealed class MentionView
{
    private readonly IReadOnlyList<SentenceSpan> _mentions;

    /// <param name="mentions">The sentence's mentions of the thing, in text order.</param>
    internal MentionView(string url, string sentence, IReadOnlyList<SentenceSpan> mentions)
    {
        Url = url;
        Sentence = sentence;
        _mentions = mentions;
    }

    public string Url { get; }

    public string Sentence { get; }

    /// <summary>
    /// How the sentence names the thing: its one mention's words, or the distinct words of several. Cut out of the
    /// sentence only if a template asks (the pages list hundreds of thousands of mentions).
    /// </summary>
    public string Text => field ??= _mentions.Count == 1 ? _mentions[0].Text : string.Join(", ", _mentions.Select(m => m.Text).Distinct(StringComparer.Ordinal));

    /// <summary>The sentence as HTML, the words that name the thing marked (<c>&lt;mark&gt;</c>) and linked to the sentence; made only if a template asks.</summary>
    public Utf8Html SentenceHtml => field ??= MarkedText.Of(Sentence, _mentions.Select(m => (m.Start, m.Length)), Url);
}

/// <summary>The mentions of a figure that count one thing ("3 years" apart from "3 key topics").</summary>
/// <param name="Heading">The figure with what it counts, "3 years"; the figure alone for mentions that do not say.</param>
public sealed record CountedMentions(string Heading, string Mentions, IReadOnlyList<OutletMentions> Outlets);

/// <summary>The mentions of one thing in one article.</summary>
public sealed record ArticleMentions(ArticleLink Article, IReadOnlyList<MentionView> Mentions);

/// <summary>The mentions of one thing in the articles of one outlet.</summary>
public sealed record OutletMentions(string OutletName, IReadOnlyList<ArticleMentions> Articles);

/// <summary>The articles of one day, for the home page's list by date.</summary>
public sealed record DateGroup(string Date, string DateIso, IReadOnlyList<ArticleLink> Articles);

/// <summary>One date of the event's timeline: how many sentences of each outlet mention it.</summary>
public sealed record TimelineEntry(DateLink Date, IReadOnlyList<OutletCount> Outlets);

public sealed record OutletCount(string OutletName, int Count);

/// <summary>One thing a person said, in the words of every report that quotes it.</summary>
/// <param name="Reports">"2 reports": how many wordings there are.</param>
/// <param name="Differs">Whether the wordings differ in any word they share a stretch of.</param>
/// <param name="Wordings">The reports' wordings, at most ten: a formula a person repeats in hundreds of reports would fill the page.</param>
/// <param name="Others">When there are more wordings than shown, where the rest are ("The other 174 are among the mentions."); else empty.</param>
public sealed record StatementView(IReadOnlyList<QuoteView> Wordings, string Reports, bool Differs, string Others);

/// <summary>One report's words for a statement, linking to the sentence.</summary>
/// <param name="QuoteHtml">The quote with the words other reports put otherwise marked (<c>&lt;mark&gt;</c>).</param>
/// <param name="Source">The outlet's name, or the article's title when the source names no outlet.</param>
public sealed record QuoteView(string Url, string Quote, Utf8Html QuoteHtml, string ArticleTitle, string Source);

/// <summary>One step of a page's breadcrumb trail.</summary>
public sealed record Crumb(string Url, string Name);

/// <summary>The links between the pages of a long list.</summary>
/// <param name="Label">"Page 2 of 5".</param>
/// <param name="Previous">The page before, or null on the first.</param>
/// <param name="Next">The page after, or null on the last.</param>
/// <param name="Numbers">The first page, the last and those around this one, with a gap ("…") between.</param>
public sealed record Pager(int Number, int Count, string Label, string? Previous, string? Next, IReadOnlyList<PageNumber> Numbers);

/// <summary>A page number in a pager: <paramref name="Url"/> is null for this page and for a gap (<c>…</c>).</summary>
public sealed record PageNumber(string Label, string? Url, bool Current);

/// <summary>What the first page of a long list of mentions says before the list: who mentions it how often, and the latest.</summary>
/// <param name="Outlets">Each outlet's share, linking to the page its mentions start on.</param>
/// <param name="Latest">The mentions in the latest articles.</param>
public sealed record MentionSummary(IReadOnlyList<OutletShare> Outlets, IReadOnlyList<OutletMentions> Latest);

/// <param name="Mentions">"37 mentions".</param>
/// <param name="Url">The page of the list where the outlet's mentions start.</param>
public sealed record OutletShare(string OutletName, string Mentions, string Url);
