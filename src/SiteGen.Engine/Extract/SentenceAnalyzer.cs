using SiteGen.Content;

namespace SiteGen.Extract;

/// <summary>
/// Runs every recogniser over one sentence, each span read one way: dates first, then names outside them (a person's
/// alias "May" does not make "May 24" a mention of that person), then figures outside both.
/// </summary>
internal sealed class SentenceAnalyzer(NameMatcher names)
{
    /// <param name="previous">The last day an earlier sentence named, for "three days later".</param>
    /// <param name="named">The people earlier sentences of the article named, added to (see <see cref="NameMatcher.Find(string, ISet{Person})"/>).</param>
    public SentenceFacts Analyze(string sentence, DateOnly published, DateOnly? previous = null, ISet<Person>? named = null)
    {
        var dates = DateRecognizer.Find(sentence, published, previous);
        var people = names.Find(dates.Count == 0 ? sentence : WithoutDates(sentence, dates), named);
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

    /// <summary>The sentence with its dates blanked out, so every other span keeps its place.</summary>
    private static string WithoutDates(string sentence, IReadOnlyList<DateMatch> dates) =>
        string.Create(sentence.Length, (sentence, dates), static (text, state) =>
        {
            state.sentence.AsSpan().CopyTo(text);
            foreach (var date in state.dates)
            {
                text[date.Start..date.End].Fill(' ');
            }
        });

    public SentenceFacts Analyze(string sentence, Article article, DateOnly? previous = null, ISet<Person>? named = null) => Analyze(sentence, article.Date, previous, named);
}
