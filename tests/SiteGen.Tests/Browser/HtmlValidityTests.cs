using System.Text.Json;
using Xunit.Abstractions;

namespace SiteGen.Tests.Browser;

/// <summary>Every page and the stylesheet of the built sample, through the Nu HTML checker (vnu.jar): no errors.</summary>
public sealed class HtmlValidityTests(ITestOutputHelper output) : IDisposable
{
    private readonly string _faulty = Path.Combine(Path.GetTempPath(), "sitegen-vnu-" + Guid.NewGuid().ToString("N"));

    [ValidatorFact]
    public void Every_page_and_the_stylesheet_validate_without_errors()
    {
        var site = BuiltSample.Folder;
        var errors = Errors(site);
        var checkedFiles = Directory.EnumerateFiles(site, "*.*", SearchOption.AllDirectories).Count(f => f.EndsWith(".html", StringComparison.Ordinal) || f.EndsWith(".css", StringComparison.Ordinal));
        output.WriteLine($"{checkedFiles} HTML and CSS files checked, {errors.Count} error(s)");
        errors.ShouldBeEmpty(string.Join('\n', errors));
        checkedFiles.ShouldBeGreaterThan(20);
    }

    /// <summary>The test above passes only if the checker's errors are read: a page with known errors must give them.</summary>
    [ValidatorFact]
    public void The_checker_reports_errors_in_a_page_that_has_them()
    {
        Directory.CreateDirectory(_faulty);
        File.WriteAllText(Path.Combine(_faulty, "index.html"), "<!DOCTYPE html><html lang=\"en\"><head><title>x</title></head><body><p><span></div><img src=\"x.png\"></body></html>");
        var errors = Errors(_faulty);
        output.WriteLine(string.Join('\n', errors));
        errors.ShouldContain(e => e.StartsWith("index.html:", StringComparison.Ordinal) && e.Contains("alt", StringComparison.Ordinal));
        errors.ShouldContain(e => e.Contains("End tag", StringComparison.Ordinal));
    }

    public void Dispose()
    {
        if (Directory.Exists(_faulty))
        {
            Directory.Delete(_faulty, recursive: true);
        }
    }

    /// <summary>The checker's errors for the HTML, CSS and SVG under <paramref name="folder"/>, as <c>file:line: message</c>.</summary>
    private static List<string> Errors(string folder)
    {
        if (BrowserTools.MissingForValidator() is { } missing)
        {
            throw new InvalidOperationException(missing.Replace("skipped", "cannot run", StringComparison.Ordinal));
        }

        var result = ToolProcess.Run(
            BrowserTools.Java!,
            ["-jar", BrowserTools.ValidatorJar, "--errors-only", "--format", "json", "--also-check-css", "--also-check-svg", "--skip-non-html", folder],
            folder,
            TimeSpan.FromMinutes(5));
        using var report = JsonDocument.Parse(result.Errors.Length > 0 ? result.Errors : result.Output);
        return report.RootElement.GetProperty("messages").EnumerateArray()
            .Where(m => m.GetProperty("type").GetString() is "error" or "non-document-error")
            .Select(m => $"{FileOf(m, folder)}:{(m.TryGetProperty("lastLine", out var line) ? line.GetInt32() : 0)}: {m.GetProperty("message").GetString()}")
            .ToList();
    }

    private static string FileOf(JsonElement message, string folder) =>
        message.TryGetProperty("url", out var url) && url.GetString() is { } address
            ? Path.GetRelativePath(folder, address.StartsWith("file:", StringComparison.Ordinal) ? address["file:".Length..] : address)
            : "(no file)";
}
