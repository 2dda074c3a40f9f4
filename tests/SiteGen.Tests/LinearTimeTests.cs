using System.Diagnostics;
using SiteGen.CrossReference;

namespace SiteGen.Tests;

/// <summary>
/// Each stage a hostile paragraph goes through takes time and memory in proportion to it: every case runs at one
/// size and at four times that size in this process, and four times the input must cost well under the sixteen times
/// as much (what a stage quadratic in its input costs). No clock limit: the two sizes are compared with each other.
/// </summary>
public sealed class LinearTimeTests
{
    private const int Small = 20_000;
    private const double MostGrowth = 10;

    public static TheoryData<string> Cases => [.. Inputs.Keys];

    [Theory]
    [MemberData(nameof(Cases))]
    public void Four_times_the_input_costs_about_four_times_as_much(string input)
    {
        var run = Inputs[input];
        run(Small);
        run(Small);
        var (smallTime, smallBytes) = Measure(() => run(Small));
        var (largeTime, largeBytes) = Measure(() => run(Small * 4));

        (largeTime / smallTime).ShouldBeLessThan(MostGrowth, $"{input}: {smallTime:0.0} ms, then {largeTime:0.0} ms");
        ((double)largeBytes / Math.Max(1, smallBytes)).ShouldBeLessThan(MostGrowth, $"{input}: {smallBytes:N0} bytes, then {largeBytes:N0}");
    }

    private static readonly Dictionary<string, Action<int>> Inputs = new()
    {
        ["the splitter on a run of dots"] = n => SentenceSplitter.Split(new string('.', n * 5)),
        ["the splitter on marks and quotes"] = n => SentenceSplitter.Split(string.Concat(Enumerable.Repeat("?!\".", n))),
        ["figures in digits"] = n => FigureRecognizer.Find(string.Concat(Enumerable.Repeat("1 ", n)), []),
        ["figures in words"] = n => FigureRecognizer.Find(string.Concat(Enumerable.Repeat("one ", n)), []),
        ["figures beside many names"] = n => FigureRecognizer.Find(string.Concat(Enumerable.Repeat("Kyiv 1 ", n)), Enumerable.Range(0, n).Select(i => (i * 7, (i * 7) + 4)).ToList()),
        ["dates"] = n => DateRecognizer.Find(string.Concat(Enumerable.Repeat("today in May ", n)), new DateOnly(2025, 5, 24)),
        ["names sharing a first word"] = n => new NameMatcher([TestContent.Person("ivan", "Ivan Petrov", [.. Enumerable.Range(0, n).Select(i => "Ivan Petrov" + i)])])
            .Find(string.Concat(Enumerable.Repeat("Ivan said. ", n))),
        ["the data export of a paragraph of figures"] = n => CrossReferenceExportTests.ExportOf(string.Concat(Enumerable.Repeat("1 ", n))),
    };

    /// <summary>The best of three runs' time in milliseconds, and what one run allocated.</summary>
    private static (double Milliseconds, long Bytes) Measure(Action work)
    {
        var best = double.MaxValue;
        long bytes = 0;
        for (var i = 0; i < 3; i++)
        {
            var before = GC.GetAllocatedBytesForCurrentThread();
            var clock = Stopwatch.StartNew();
            work();
            best = Math.Min(best, clock.Elapsed.TotalMilliseconds);
            bytes = GC.GetAllocatedBytesForCurrentThread() - before;
        }

        return (Math.Max(best, 0.5), bytes);
    }
}
