using SiteGen.Content;
using SiteGen.Extract;
using SiteGen.Markdown;

namespace SiteGen.Tests;

/// <summary>Records built in tests, without files behind them.</summary>
internal static class TestContent
{
    /// <summary>An article dated 24 May 2025, for tests that render a body.</summary>
    public static readonly Article Article = new()
    {
        Key = "a",
        File = new ContentFile("articles/a.md", 1, string.Empty),
        Title = "A",
        Slug = "a",
        Date = new DateOnly(2025, 5, 24),
        Summary = "s",
        Source = "test",
    };

    /// <summary>A body renderer that knows no people and links each date and figure to its key.</summary>
    public static readonly BodyConverter ConverterWithoutPeople = new(new SentenceLinker(
        new SentenceAnalyzer(new NameMatcher(Array.Empty<Person>())),
        new EntityUrls(_ => "", (p, _) => p.Key, (d, _) => d.Key, (f, _) => f.Key)));

    public static void CopyFolder(string from, string to)
    {
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }

    public static Person Person(string key, string name, params string[] aliases) => new()
    {
        Key = key,
        File = new ContentFile($"people/{key}.md", 1, string.Empty),
        Name = name,
        Aliases = aliases,
        Role = "test",
    };
}
