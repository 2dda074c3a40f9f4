using System.Text.RegularExpressions;
using SiteGen.Extract;

namespace SiteGen.CrossReference;

/// <summary>
/// Groups a person's quotes into statements: two quotes are one statement when most words of the shorter are in the
/// longer ("Tomorrow we expect more" in two reports; "In just these two days, 697 people have been brought home" and
/// the same followed by "We expect the process to continue tomorrow"); a quote joins the first statement whose first
/// wording it is this close to. Words are compared ignoring case, punctuation
/// and digit grouping ("1,000" is "1000"). Each wording then marks the words the statement's other wordings lack.
/// </summary>
internal static partial class SameStatement
{
    /// <summary>The share of the shorter quote's words the longer must have.</summary>
    private const double SharedWords = 0.6;

    /// <summary>
    /// Statements a quote is compared with at most, the earliest first: quotes that share a common run ("we are
    /// the") but are otherwise unlike would each be compared with every earlier one.
    /// </summary>
    private const int Candidates = 32;

    /// <summary>Wordings longer than this, in words of one times the other, are grouped but not compared word by word.</summary>
    private const int LongestComparison = 250_000;

    /// <summary>Quotes share a run of this many words, or are this short and equal, before their words are compared at all.</summary>
    private const int Run = 3;

    [GeneratedRegex(@"[\p{L}\p{N}]+(?:[,.'’][\p{L}\p{N}]+)*", RegexOptions.CultureInvariant)]
    private static partial Regex WordPattern();

    /// <param name="quotes">One person's quotes, in the order reported.</param>
    public static IReadOnlyList<Statement> Group(IReadOnlyList<QuoteMention> quotes)
    {
        var groups = new List<List<(QuoteMention Quote, List<Word> Words)>>();
        // Candidates are found by a run of words they share, so a person quoted thousands of times is not compared pairwise.
        var byRun = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        foreach (var quote in quotes)
        {
            var words = Words(quote.Quote);
            var runs = Runs(words).Distinct(StringComparer.Ordinal).ToList();
            var group = runs.SelectMany(r => byRun.GetValueOrDefault(r) ?? []).Distinct().Order().Take(Candidates)
                .FirstOrDefault(g => Similar(words, groups[g][0].Words), -1);
            if (group < 0)
            {
                group = groups.Count;
                groups.Add([]);
            }

            groups[group].Add((quote, words));
            foreach (var run in runs)
            {
                // A run already in as many statements as are compared says nothing more about a quote: not kept.
                var ids = byRun.TryGetValue(run, out var list) ? list : byRun[run] = [];
                if (ids.Count < Candidates && !ids.Contains(group))
                {
                    ids.Add(group);
                }
            }
        }

        return groups.Select(g => new Statement(g[0].Quote.Person, g.Select((w, i) => new OutletWording(w.Quote, Differs(w.Words, g, i))).ToList())).ToList();
    }

    private readonly record struct Word(string Key, int Start, int Length);

    private static List<Word> Words(string quote)
    {
        var words = new List<Word>();
        foreach (var m in WordPattern().EnumerateMatches(quote))
        {
            words.Add(new Word(quote.Substring(m.Index, m.Length).Replace(",", string.Empty, StringComparison.Ordinal).Replace('’', '\'').ToLowerInvariant(), m.Index, m.Length));
        }

        return words;
    }

    /// <summary>Every run of <see cref="Run"/> words, or the whole quote when it is shorter.</summary>
    private static IEnumerable<string> Runs(List<Word> words)
    {
        if (words.Count < Run)
        {
            yield return string.Join(' ', words.Select(w => w.Key));
            yield break;
        }

        for (var i = 0; i + Run <= words.Count; i++)
        {
            yield return string.Join(' ', words.Skip(i).Take(Run).Select(w => w.Key));
        }
    }

    private static bool Similar(List<Word> a, List<Word> b)
    {
        var (shorter, longer) = a.Count <= b.Count ? (a, b) : (b, a);
        if (shorter.Count == 0)
        {
            return false;
        }

        var inLonger = longer.Select(w => w.Key).ToHashSet(StringComparer.Ordinal);
        return shorter.Count(w => inLonger.Contains(w.Key)) >= SharedWords * shorter.Count;
    }

    /// <summary>
    /// The words of one wording that the wording it is read against lacks, as runs of the quote: against the first
    /// wording, or the first against the second. Only words the two cover in common are compared: where one quote
    /// goes on past the other, the rest is not a difference.
    /// </summary>
    private static List<(int Start, int Length)> Differs(List<Word> words, List<(QuoteMention Quote, List<Word> Words)> group, int index)
    {
        if (group.Count < 2)
        {
            return [];
        }

        var other = group[index == 0 ? 1 : 0].Words;
        if ((long)words.Count * other.Count > LongestComparison)
        {
            return [];
        }

        var common = Common(words, other);
        if (common.Count == 0)
        {
            return [];
        }

        // Words before the first and after the last shared word are where one quote starts or ends sooner.
        var first = common.Min();
        var last = common.Max();
        var spans = new List<(int Start, int Length)>();
        for (var i = first; i <= last; i++)
        {
            if (common.Contains(i))
            {
                continue;
            }

            var start = words[i].Start;
            var end = words[i].Start + words[i].Length;
            while (i + 1 <= last && !common.Contains(i + 1))
            {
                i++;
                end = words[i].Start + words[i].Length;
            }

            spans.Add((start, end - start));
        }

        return spans;
    }

    /// <summary>The positions in <paramref name="words"/> of a longest common subsequence with <paramref name="other"/>.</summary>
    private static HashSet<int> Common(List<Word> words, List<Word> other)
    {
        var lengths = new int[words.Count + 1, other.Count + 1];
        for (var i = words.Count - 1; i >= 0; i--)
        {
            for (var j = other.Count - 1; j >= 0; j--)
            {
                lengths[i, j] = words[i].Key == other[j].Key ? lengths[i + 1, j + 1] + 1 : Math.Max(lengths[i + 1, j], lengths[i, j + 1]);
            }
        }

        var common = new HashSet<int>();
        for (int i = 0, j = 0; i < words.Count && j < other.Count;)
        {
            if (words[i].Key == other[j].Key)
            {
                common.Add(i);
                i++;
                j++;
            }
            else if (lengths[i + 1, j] >= lengths[i, j + 1])
            {
                i++;
            }
            else
            {
                j++;
            }
        }

        return common;
    }
}
