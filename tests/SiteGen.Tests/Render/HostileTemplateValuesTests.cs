using System.Text;
using SiteGen.Build;
using SiteGen.Content;
using SiteGen.Settings;

namespace SiteGen.Tests;

/// <summary>
/// Markup typed into any value a template writes (settings, front matter, aliases, outlet names, quotes) reaches
/// the pages as text: encoded once, in text and in attributes, never as an element.
/// </summary>
public sealed class HostileTemplateValuesTests : IDisposable
{
    private const string Payload = "\"><img src=x onerror=alert(1)>";
    private const string Encoded = "&quot;&gt;&lt;img src&#x3D;x onerror&#x3D;alert(1)&gt;";

    private readonly string _folder = Directory.CreateTempSubdirectory("sitegen-hostile-values-").FullName;

    [Fact]
    public void Markup_in_every_kind_of_value_is_written_as_encoded_text()
    {
        var content = Path.Combine(_folder, "content");
        TestContent.CopyFolder(FixtureReport.ContentRoot, content);
        var yaml = Payload.Replace("\"", "\\\"", StringComparison.Ordinal);
        Replace(Path.Combine(content, "outlets", "dw.md"), "name: \"DW\"", $"name: \"DW {yaml}\"");
        Replace(Path.Combine(content, "people", "volodymyr-zelensky.md"), "aliases: [\"Zelensky\",", $"aliases: [\"Z {yaml}\", \"Zelensky\",");
        Replace(Path.Combine(content, "people", "volodymyr-zelensky.md"), "role: \"President of Ukraine\"", $"role: \"President {yaml}\"");
        var article = Path.Combine(content, "articles", "dw-ukraine-russia-swap-hundreds-more-pows.md");
        Replace(article, "title: \"Ukraine, Russia swap hundreds more POWs\"", $"title: \"Swap {yaml}\"");
        Replace(article, "authors: [\"Kalika Mehta\"]", $"authors: [\"Kalika {yaml}\"]");
        File.AppendAllText(article, $"\nZelensky said: \"We will bring everyone home {Payload} and we will.\"\n");
        File.WriteAllText(Path.Combine(_folder, ReportSettings.FileName), $"title: \"Report {yaml}\"\ndescription: \"About {yaml}\"\n");

        var read = new ContentFolderReader(content, ReportCollections.All).Read();
        read.Content.ShouldNotBeNull(string.Join("\n", read.Problems));
        var report = FixtureReport.Report with { Settings = ReportSettingsReader.Read(_folder), ContentRoot = content };
        var site = new SiteBuilder(report.Options(cleanUrls: false), report.TemplatesRoot).BuildInMemory(read.Content);
        var pages = site.Files.Where(f => f.Path.EndsWith(".html", StringComparison.Ordinal))
            .ToDictionary(f => f.Path, f => Encoding.UTF8.GetString(f.Content));

        pages.Values.ShouldAllBe(html => !html.Contains("<img src=x", StringComparison.Ordinal));
        pages["index.html"].ShouldContain($"<meta name=\"description\" content=\"About {Encoded}\">");
        pages["index.html"].ShouldContain($"<title>Report {Encoded}</title>");
        pages["people/volodymyr-zelensky/index.html"].ShouldContain($"<q>Z {Encoded}</q>");
        pages["people/volodymyr-zelensky/index.html"].ShouldContain($"President {Encoded}");
        pages["people/volodymyr-zelensky/index.html"].ShouldContain($"{Encoded} and we will.");
        pages["outlets/dw/index.html"].ShouldContain($"<h1>DW {Encoded}</h1>");
        pages["articles/dw-ukraine-russia-swap-hundreds-more-pows/index.html"].ShouldContain($"<h1>Swap {Encoded}</h1>");
        pages["articles/dw-ukraine-russia-swap-hundreds-more-pows/index.html"].ShouldContain($"By Kalika {Encoded}");
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private static void Replace(string path, string from, string to)
    {
        var text = File.ReadAllText(path);
        text.ShouldContain(from);
        File.WriteAllText(path, text.Replace(from, to, StringComparison.Ordinal));
    }
}
