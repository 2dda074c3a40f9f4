using SiteGen.Content;
using SiteGen.Extract;

namespace SiteGen.CrossReference;

/// <summary>
/// Finds the reports of each tracked quantity: in a sentence containing one of its terms, the figure nearest the
/// term among those that count what the quantity counts.
/// </summary>
internal sealed class QuantityReportFinder(IReadOnlyList<Quantity> quantities)
{
    public IReadOnlyList<QuantityReport> Find(IEnumerable<FigureMention> figures, IEnumerable<DateMention> dates, IEnumerable<PersonMention> people)
    {
        if (quantities.Count == 0)
        {
            return [];
        }

        var datesBySentence = dates.ToLookup(d => d.Sentence);
        var peopleBySentence = people.ToLookup(p => p.Sentence);
        var reports = new List<QuantityReport>();
        foreach (var sentence in figures.GroupBy(f => f.Sentence))
        {
            var text = sentence.Key.Text;
            foreach (var quantity in quantities)
            {
                var term = quantity.Terms
                    .Select(t => text.IndexOf(t, StringComparison.OrdinalIgnoreCase))
                    .Where(i => i >= 0)
                    .DefaultIfEmpty(-1)
                    .Min();
                if (term < 0)
                {
                    continue;
                }

                var figure = sentence
                    .Where(f => f.Figure.Value >= 1 && CountsWhatItShould(quantity, f.Figure))
                    .OrderBy(f => Math.Abs(text.IndexOf(f.Text, StringComparison.Ordinal) - term))
                    .FirstOrDefault();
                if (figure == null)
                {
                    continue;
                }

                var date = ReferenceTime.Of(sentence.Key, datesBySentence[sentence.Key]);
                var firstPerson = peopleBySentence[sentence.Key].Select(p => p.Person).FirstOrDefault();
                reports.Add(new QuantityReport(quantity, figure, Attribution.Of(text, firstPerson), date));
            }
        }

        return reports;
    }

    private static bool CountsWhatItShould(Quantity quantity, FigureMatch figure) =>
        quantity.Counts.Count == 0
        || figure.Counted.Length == 0
        || quantity.Counts.Any(word => figure.Counted.Contains(word, StringComparison.OrdinalIgnoreCase));
}
