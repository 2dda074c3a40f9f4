using SiteGen.Corpus;

namespace SiteGen.Tests;

public sealed class CorpusProgramTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("sitegen-corpus-").FullName;

    [Fact]
    public void The_same_seed_writes_the_same_archive()
    {
        Run("--articles", "20", "--people", "10", "--out", Path.Combine(_folder, "a")).ShouldBe(CorpusProgram.Success);
        Run("--articles", "20", "--people", "10", "--out", Path.Combine(_folder, "b")).ShouldBe(CorpusProgram.Success);

        var a = Files(Path.Combine(_folder, "a"));
        var b = Files(Path.Combine(_folder, "b"));
        a.Count.ShouldBe(20 + 10 + 12);
        b.ShouldBe(a);
    }

    [Fact]
    public void Articles_name_people_of_the_archive()
    {
        var root = Path.Combine(_folder, "c");
        Run("--articles", "5", "--people", "4", "--out", root).ShouldBe(CorpusProgram.Success);
        var surnames = Directory.EnumerateFiles(Path.Combine(root, "people"))
            .Select(f => File.ReadAllLines(f).First(l => l.StartsWith("aliases_after_name:", StringComparison.Ordinal)).Split('"')[1]);
        var bodies = string.Concat(Directory.EnumerateFiles(Path.Combine(root, "articles")).Select(File.ReadAllText));
        surnames.ShouldContain(s => bodies.Contains(s, StringComparison.Ordinal));
    }

    [Fact]
    public void Varied_figures_make_most_numbers_appear_once()
    {
        int DistinctNumbers(string name, params string[] options)
        {
            var root = Path.Combine(_folder, name);
            Run(["--articles", "40", "--people", "5", .. options, "--out", root]).ShouldBe(CorpusProgram.Success);
            var bodies = string.Concat(Directory.EnumerateFiles(Path.Combine(root, "articles")).Select(File.ReadAllText));
            return System.Text.RegularExpressions.Regex.Matches(bodies, @"\b\d{1,3}(?:,\d{3})*(?= )").Select(m => m.Value).Distinct().Count();
        }

        DistinctNumbers("varied", "--varied-figures").ShouldBeGreaterThan(3 * DistinctNumbers("usual"));
    }

    [Fact]
    public void The_same_articles_are_written_as_a_hugo_site()
    {
        var root = Path.Combine(_folder, "d");
        var hugo = Path.Combine(_folder, "hugo");
        Run("--articles", "7", "--people", "3", "--out", root, "--hugo", hugo).ShouldBe(CorpusProgram.Success);

        File.ReadAllText(Path.Combine(hugo, "hugo.toml")).ShouldContain("person = \"people\"");
        var sitegen = Directory.EnumerateFiles(Path.Combine(root, "articles")).Select(Path.GetFileName).Order().ToList();
        var hugoArticles = Directory.EnumerateFiles(Path.Combine(hugo, "content", "articles")).Select(Path.GetFileName).Order().ToList();
        hugoArticles.ShouldBe(sitegen);
        var body = File.ReadAllText(Path.Combine(root, "articles", sitegen[0]!)).Split("---\n")[2];
        File.ReadAllText(Path.Combine(hugo, "content", "articles", sitegen[0]!)).ShouldEndWith(body);
    }

    [Fact]
    public void An_existing_folder_is_refused()
    {
        var stderr = new StringWriter();
        CorpusProgram.Run(["--articles", "1", "--out", _folder], new StringWriter(), stderr).ShouldBe(CorpusProgram.Refused);
        stderr.ToString().ShouldContain(": error: the folder already exists; name a new folder with --out");
    }

    [Theory]
    [InlineData("--out", "x")]
    [InlineData("--articles", "ten", "--out", "x")]
    [InlineData("--articles", "0", "--out", "x")]
    [InlineData("--articles", "1", "--out", "x", "--pages", "2")]
    public void Bad_arguments_are_usage_errors(params string[] args) => Run(args).ShouldBe(CorpusProgram.UsageError);

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private static int Run(params string[] args) => CorpusProgram.Run(args, new StringWriter(), new StringWriter());

    private static Dictionary<string, string> Files(string root) =>
        Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories).ToDictionary(f => Path.GetRelativePath(root, f), File.ReadAllText);
}
