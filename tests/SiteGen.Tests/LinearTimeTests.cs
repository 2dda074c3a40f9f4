using System.Diagnostics;
using SiteGen.CrossReference;
using SiteGen.Extract;

namespace SiteGen.Tests;

/// <summary>
/// Each stage a hostile paragraph goes through takes time and memory in proportion to it: every case runs at one
/// size and at eight times that size in this process, and eight times the input must cost well under the sixty-four
/// times as much that a stage quadratic in its input costs. The gap between linear and quadratic is that wide so a
/// busy machine's noise on the small run cannot decide the verdict; the two sizes take turns, and the tests run alone,
/// after the others, so a burst of other work falls on both sizes alike. No clock limit: the two sizes are compared
/// with each other.
/// </summary>
[Collection(Collection)]
public sealed class LinearTimeTests
{
    public const string Collection = "timed against each other, alone";

    private const int Small = 20_000;
    private const int Growth = 8;
    private const double MostGrowth = 24;

    public static TheoryData<string> Cases => [.. Inputs.Keys];

    [Theory]
    [MemberData(nameof(Cases))]
    public void Eight_times_the_input_costs_about_eight_times_as_much(string input)
    {
        var prepare = Inputs[input];
        var small = prepare(Small);
        small();
        var ((smallTime, smallBytes), (largeTime, largeBytes)) = Measure(small, prepare(Small * Growth));

        (largeTime / smallTime).ShouldBeLessThan(MostGrowth, $"{input}: {smallTime:0.0} ms, then {largeTime:0.0} ms");
        ((double)largeBytes / Math.Max(1, smallBytes)).ShouldBeLessThan(MostGrowth, $"{input}: {smallBytes:N0} bytes, then {largeBytes:N0}");
    }

    /// <summary>Each case makes its input of a size outside the clock and gives back the work that is timed.</summary>
    private static readonly Dictionary<string, Func<int, Action>> Inputs = new()
    {
        ["the splitter on a run of dots"] = n => Timed(new string('.', n * 50), text => SentenceSplitter.Split(text)),
        ["the splitter on marks and quotes"] = n => Timed(Repeat("?!\".", n * 10), text => SentenceSplitter.Split(text)),
        ["figures in digits"] = n => Timed(Repeat("1 ", n), text => FigureRecognizer.Find(text, [])),
        ["figures in words"] = n => Timed(Repeat("one ", n), text => FigureRecognizer.Find(text, [])),
        ["figures beside many names"] = n =>
        {
            var names = Enumerable.Range(0, n).Select(i => (i * 7, (i * 7) + 4)).ToList();
            return Timed(Repeat("Kyiv 1 ", n), text => FigureRecognizer.Find(text, names));
        },
        ["dates"] = n => Timed(Repeat("today in May ", n), text => DateRecognizer.Find(text, new DateOnly(2025, 5, 24))),
        ["names sharing a first word"] = n =>
        {
            var matcher = new NameMatcher([TestContent.Person("ivan", "Ivan Petrov", [.. Enumerable.Range(0, n).Select(i => "Ivan Petrov" + i)])]);
            return Timed(Repeat("Ivan said. ", n), text => matcher.Find(text));
        },
        ["the data export of a paragraph of figures"] = n => Timed(Repeat("1 ", n), text => CrossReferenceExportTests.ExportOf(text)),
        ["unknown names after titles and in appositions"] = n => Timed(Repeat("Deputy Head of the Office Ivan Petrenko, the head of it, said Olena Koval, ", n), text => UnknownNameFinder.Find(text, [])),
        ["a run of capitalised words"] = n => Timed(Repeat("Ab Cd ", n), text => UnknownNameFinder.Find(text, [])),
        ["quotes sharing a run of words"] = n =>
        {
            var person = TestContent.Person("p", "P");
            var quotes = Enumerable.Range(0, n / 4).Select(i => new QuoteMention(person, new SentenceRef(TestContent.Article, "s-1", "s", 1, 0), "we are the " + i + " x" + i + " y" + i + " z" + i)).ToList();
            return () => SameStatement.Group(quotes);
        },
        ["the pages of a person mentioned in many articles"] = n =>
        {
            var person = TestContent.Person("p", "P");
            var mentions = Enumerable.Range(0, n / 10)
                .Select(i => new PersonMention(person, new SentenceRef(TestContent.Article with { Key = "a" + i, Slug = "a" + i, Date = new DateOnly(2020, 1, 1).AddDays(i % 1000) }, "s-1", "s", 1, 0), 0, 1))
                .ToList();
            var pages = SiteGen.Model.Paging.PageCount(mentions.Count, SiteGen.Model.Paging.SentencesPerPage);
            return () =>
            {
                var paged = new SiteGen.Model.MentionPages(mentions, pages, article => "Outlet " + (article.Slug.Length % 3));
                for (var page = 1; page <= pages; page++)
                {
                    paged.Page(page);
                }

                paged.Outlets();
                paged.Latest(3, 5);
            };
        },
        ["the first page of a person one article names in every sentence"] = n =>
        {
            var report = new Model.OneLongArticle(n / 10);
            return () => report.PersonPageNumber(1);
        },
    };

    private static string Repeat(string text, int times) => string.Concat(Enumerable.Repeat(text, times));

    private static Action Timed(string text, Action<string> work) => () => work(text);

    /// <summary>For each of the two, the best of three runs' time in milliseconds and what one run allocated; they run in turn.</summary>
    private static ((double Milliseconds, long Bytes) Small, (double Milliseconds, long Bytes) Large) Measure(Action small, Action large)
    {
        var best = (Small: double.MaxValue, Large: double.MaxValue);
        var bytes = (Small: 0L, Large: 0L);
        for (var i = 0; i < 3; i++)
        {
            (best.Small, bytes.Small) = Run(small, best.Small);
            (best.Large, bytes.Large) = Run(large, best.Large);
        }

        return ((Math.Max(best.Small, 0.5), bytes.Small), (Math.Max(best.Large, 0.5), bytes.Large));
    }

    private static (double Best, long Bytes) Run(Action work, double best)
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        var before = GC.GetAllocatedBytesForCurrentThread();
        var clock = Stopwatch.StartNew();
        work();
        return (Math.Min(best, clock.Elapsed.TotalMilliseconds), GC.GetAllocatedBytesForCurrentThread() - before);
    }
}

/// <summary>The timed tests run by themselves, once every test that runs in parallel is done.</summary>
[CollectionDefinition(LinearTimeTests.Collection, DisableParallelization = true)]
public sealed class TimedAloneCollection;
