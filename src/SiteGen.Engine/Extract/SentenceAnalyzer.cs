using SiteGen.Content;

namespace SiteGen.Extract;

/// <summary>Runs every recogniser over one sentence: names first, then dates, then figures outside those spans.</summary>
internal sealed class SentenceAnalyzer(NameMatcher names)
{
    /// <param name="previous">The last day an earlier sentence named, for "three days later".</param>
    /// <param name="named">The people earlier sentences of the article named, added to (see <see cref="NameMatcher.Find(string, ISet{Person})"/>).</param>
    public SentenceFacts Analyze(string sentence, DateOnly published, DateOnly? previous = null, ISet<Person>? named = null)
    {
        var people = names.Find(sentence, named);
        var dates = DateRecognizer.Find(sentence, published, previous);
        var taken = new List<(int Start, int End)>(people.Count + dates.Count);
        foreach (var person in people)
        {
            taken.Add((person.Start, person.End));
        }

        foreach (var date in dates)
        {
            taken.Add((date.Start, date.End));
        }

        var figures = FigureRecognizer.Find(sentence, taken);
        return new SentenceFacts(people, dates, figures, QuoteFinder.Find(sentence, people), UnknownNameFinder.Find(sentence, people));
    }

    public SentenceFacts Analyze(string sentence, Article article, DateOnly? previous = null, ISet<Person>? named = null) => Analyze(sentence, article.Date, previous, named);
}
