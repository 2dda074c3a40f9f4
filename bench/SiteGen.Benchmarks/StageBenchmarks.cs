using System.Reflection;
using BenchmarkDotNet.Attributes;
using SiteGen.Build;
using SiteGen.Extract;
using SiteGen.Settings;
using SiteGen.Content;
using SiteGen.Markdown;
using SiteGen.Model;
using SiteGen.Render;

namespace SiteGen.Benchmarks;

/// <summary>
/// The hot stages of a build on the sample report, one benchmark each, to find where time goes:
/// reading content (front matter and rules), Markdown with the recognisers, the recognisers alone, and templates.
/// </summary>
[MemoryDiagnoser]
public class StageBenchmarks
{
    private ContentFolderReader _reader = null!;
    private ContentSet _content = null!;
    private List<(Article Article, string Body)> _bodies = null!;
    private List<(string Sentence, DateOnly Published)> _sentences = null!;
    private BodyConverter _converter = null!;
    private SentenceAnalyzer _analyzer = null!;
    private SiteBuilder _builder = null!;

    /// <summary>The repository the benchmarks were built in, whose sample report they read.</summary>
    private static string RepositoryRoot =>
        typeof(StageBenchmarks).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().First(a => a.Key == "SiteGen.RepositoryRoot").Value!;

    [GlobalSetup]
    public void Setup()
    {
        _reader = new ContentFolderReader(Path.Combine(RepositoryRoot, "content"), ReportCollections.All);
        _content = _reader.Read().Content ?? throw new InvalidOperationException("the sample report's content does not read; run sitegen check");
        var bodies = new ContentBodyReader(_content.ContentRoot);
        _bodies = _content.Articles.Select(a => (a, bodies.ReadBody(a))).ToList();
        var names = new NameMatcher(_content.People);
        _analyzer = new SentenceAnalyzer(names);
        _converter = new BodyConverter(new SentenceLinker(_analyzer, new EntityUrls(_ => "", (p, _) => "p/", (d, _) => "d/", (f, _) => "f/")));
        _sentences = _bodies
            .SelectMany(b => _converter.ConvertArticle(b.Body, b.Article).Facts.Sentences.Select(s => (s.Text, b.Article.Date)))
            .ToList();
        var settings = ReportSettingsReader.Read(RepositoryRoot).Settings;
        _builder = new SiteBuilder(new SiteOptions(settings.Title!, settings.Description!, CleanUrls: false, Language: settings.Language!), Path.Combine(RepositoryRoot, "templates"));
    }

    [Benchmark(Description = "front matter and rules, all files")]
    public int ReadContent() => _reader.Read().Problems.Count;

    [Benchmark(Description = "Markdown + recognisers, all articles")]
    public int ConvertArticles() => _bodies.Sum(b => _converter.ConvertArticle(b.Body, b.Article).Html.Bytes.Length);

    [Benchmark(Description = "recognisers only, all sentences")]
    public int Recognise() => _sentences.Sum(s => _analyzer.Analyze(s.Sentence, s.Published).Figures.Count);

    [Benchmark(Description = "whole site in memory")]
    public int RenderSite() => _builder.BuildInMemory(_content).Files.Count;
}
