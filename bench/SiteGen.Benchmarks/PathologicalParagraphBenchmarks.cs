using System.Buffers;
using BenchmarkDotNet.Attributes;
using SiteGen.Content;
using SiteGen.CrossReference;
using SiteGen.Extract;
using SiteGen.Markdown;
using SiteGen.Render;

namespace SiteGen.Benchmarks;

/// <summary>
/// One article of a single 1 MB paragraph of each input that once took time in the square of its size, through the
/// whole body pipeline (Markdown, sentences, names, dates, figures) and into the data export: what a hostile or
/// unlucky writer can cost a build.
/// </summary>
[MemoryDiagnoser]
public class PathologicalParagraphBenchmarks
{
    private const int Megabyte = 1024 * 1024;

    private static readonly Article Article = new()
    {
        Key = "a",
        File = new ContentFile("articles/a.md", 1, string.Empty),
        Title = "A",
        Slug = "a",
        Date = new DateOnly(2025, 5, 24),
        Summary = "s",
        Source = "benchmark",
    };

    private string _paragraph = string.Empty;
    private BodyConverter _converter = null!;
    private ContentSet _content = null!;
    private CrossReferenceIndex _index = null!;
    private readonly ArrayBufferWriter<byte> _export = new();

    [Params("dots", "1 1 1", "one one one", "today in May", "Ivan and 100,000 aliases")]
    public string Paragraph { get; set; } = string.Empty;

    [GlobalSetup]
    public void Setup()
    {
        var people = new List<Person>();
        var piece = Paragraph switch
        {
            "dots" => ".",
            "1 1 1" => "1 ",
            "one one one" => "one ",
            "today in May" => "today in May ",
            _ => "Ivan said. ",
        };
        if (Paragraph.StartsWith("Ivan", StringComparison.Ordinal))
        {
            people.Add(new Person
            {
                Key = "ivan-petrov",
                File = new ContentFile("people/ivan-petrov.md", 1, string.Empty),
                Name = "Ivan Petrov",
                Aliases = [.. Enumerable.Range(0, 100_000).Select(i => "Ivan Petrov" + i), "Ivan"],
                Role = "benchmark",
            });
        }

        _paragraph = string.Concat(Enumerable.Repeat(piece, Megabyte / piece.Length));
        _converter = new BodyConverter(new SentenceLinker(new SentenceAnalyzer(new NameMatcher(people)), new EntityUrls(_ => "", (p, _) => "p/", (d, _) => "d/", (f, _) => "f/")));
        _content = new ContentSet(string.Empty, [Article], people, [], []);
        _index = new CrossReferenceIndex(new Dictionary<Article, ArticleIndex> { [Article] = new(_converter.ConvertArticle(_paragraph, Article).Facts) }, []);
    }

    [Benchmark(Description = "1 MB paragraph, whole body pipeline")]
    public int Convert() => _converter.ConvertArticle(_paragraph, Article).Html.Bytes.Length;

    [Benchmark(Description = "1 MB paragraph, data/crossref.json")]
    public int Export()
    {
        _export.ResetWrittenCount();
        CrossReferenceExport.Write(_export, _content, _index);
        return _export.WrittenCount;
    }
}
