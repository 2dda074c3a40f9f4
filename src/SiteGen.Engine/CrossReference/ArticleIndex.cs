using SiteGen.Extract;

namespace SiteGen.CrossReference;

/// <summary>
/// One article's mentions grouped by person, date and figure, each with how many of its sentences mention it. Made
/// once per article, on all cores as its body is rendered, and kept with that body: the site-wide index is the sum of
/// these, so a rebuild after an edit adds up a few entries per article instead of regrouping every mention of the
/// archive.
/// </summary>
internal sealed class ArticleIndex(ArticleFacts facts)
{
    /// <summary>The article's sentences and mentions, as found.</summary>
    public ArticleFacts Facts => facts;

    public IReadOnlyDictionary<string, MentionGroup<PersonMention>> People { get; } =
        MentionGroup<PersonMention>.By(facts.People, m => m.Person.Key, m => m.Sentence, StringComparer.Ordinal);

    public IReadOnlyDictionary<string, MentionGroup<QuoteMention>> Quotes { get; } =
        MentionGroup<QuoteMention>.By(facts.Quotes, q => q.Person.Key, q => q.Sentence, StringComparer.Ordinal);

    public IReadOnlyDictionary<DateValue, MentionGroup<DateMention>> Dates { get; } =
        MentionGroup<DateMention>.By(facts.Dates, m => m.Date, m => m.Sentence);

    public IReadOnlyDictionary<string, MentionGroup<FigureMention>> Figures { get; } =
        MentionGroup<FigureMention>.By(facts.Figures, m => m.Figure.Key, m => m.Sentence, StringComparer.Ordinal);

    /// <summary>
    /// The dates one sentence of the article mentions. Mentions come in text order, so a sentence's are one run of the
    /// article's date mentions, found by halving instead of kept in a table per sentence for the whole build.
    /// </summary>
    public IEnumerable<DateValue> DatesOf(SentenceRef sentence)
    {
        var dates = facts.Dates;
        var low = 0;
        var high = dates.Count;
        while (low < high)
        {
            var middle = (low + high) >>> 1;
            if (dates[middle].Sentence.Position < sentence.Position)
            {
                low = middle + 1;
            }
            else
            {
                high = middle;
            }
        }

        for (var i = low; i < dates.Count && ReferenceEquals(dates[i].Sentence, sentence); i++)
        {
            yield return dates[i].Date;
        }
    }

    /// <summary>For each person, how many of the article's sentences they share with each other person.</summary>
    public MentionedTogether MentionedTogether { get; } = Together(facts.People);

    private static MentionedTogether Together(IReadOnlyList<PersonMention> mentions)
    {
        var together = new MentionedTogether();
        var people = new List<string>();
        // Mentions come in text order, so a sentence's are one run; it names a handful of people, so a list finds repeats.
        for (var start = 0; start < mentions.Count;)
        {
            var sentence = mentions[start].Sentence;
            people.Clear();
            var end = start;
            for (; end < mentions.Count && ReferenceEquals(mentions[end].Sentence, sentence); end++)
            {
                if (!people.Contains(mentions[end].Person.Key))
                {
                    people.Add(mentions[end].Person.Key);
                }
            }

            foreach (var person in people)
            {
                foreach (var other in people)
                {
                    if (other != person)
                    {
                        together.Add(person, other, 1);
                    }
                }
            }

            start = end;
        }

        return together;
    }
}
