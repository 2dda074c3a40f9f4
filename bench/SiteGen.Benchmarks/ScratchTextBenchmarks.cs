using System.Reflection;
using System.Text;
using BenchmarkDotNet.Attributes;
using Microsoft.Extensions.ObjectPool;
using SiteGen.Buffers;
using SiteGen.Content;

namespace SiteGen.Benchmarks;

/// <summary>
/// The text builders made and dropped for every sentence, paragraph and body (<see cref="ScratchText"/>, one per
/// thread) against the platform's pool of them (<c>Microsoft.Extensions.ObjectPool</c>, with the same limit on what it
/// keeps) and against a new builder each time: each sentence of the sample's articles is built and made a string, as
/// the sentence annotator does, on one thread and on every core.
/// </summary>
[MemoryDiagnoser]
public class ScratchTextBenchmarks
{
    private static readonly ObjectPool<StringBuilder> Pool =
        new DefaultObjectPoolProvider().CreateStringBuilderPool(initialCapacity: 256, maximumRetainedCapacity: BufferReuse.MaxCapacity);

    private string[] _sentences = [];

    private static string RepositoryRoot =>
        typeof(ScratchTextBenchmarks).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().First(a => a.Key == "SiteGen.RepositoryRoot").Value!;

    [GlobalSetup]
    public void Setup()
    {
        var content = new ContentFolderReader(Path.Combine(RepositoryRoot, "content"), ReportCollections.All).Read().Content
            ?? throw new InvalidOperationException("the sample report's content does not read; run sitegen check");
        var bodies = new ContentBodyReader(content.ContentRoot);
        _sentences = content.Articles.SelectMany(a => bodies.ReadBody(a).Split(". ", StringSplitOptions.RemoveEmptyEntries)).ToArray();
    }

    [Benchmark(Baseline = true, Description = "ScratchText, one thread")]
    public int Scratch() => _sentences.Sum(s => BuildScratch(s).Length);

    [Benchmark(Description = "ObjectPool, one thread")]
    public int Pooled() => _sentences.Sum(s => BuildPooled(s).Length);

    [Benchmark(Description = "new StringBuilder, one thread")]
    public int Fresh() => _sentences.Sum(s => BuildFresh(s).Length);

    [Benchmark(Description = "ScratchText, every core")]
    public int ScratchParallel() => _sentences.AsParallel().Sum(s => BuildScratch(s).Length);

    [Benchmark(Description = "ObjectPool, every core")]
    public int PooledParallel() => _sentences.AsParallel().Sum(s => BuildPooled(s).Length);

    private static string BuildScratch(string sentence)
    {
        var text = ScratchText.Take();
        var result = Annotate(text, sentence);
        ScratchText.Return(text);
        return result;
    }

    private static string BuildPooled(string sentence)
    {
        var text = Pool.Get();
        var result = Annotate(text, sentence);
        Pool.Return(text);
        return result;
    }

    private static string BuildFresh(string sentence) => Annotate(new StringBuilder(), sentence);

    private static string Annotate(StringBuilder text, string sentence) =>
        text.Append("<span class=\"sentence\" id=\"s1\">").Append(sentence).Append("</span>").ToString();
}
