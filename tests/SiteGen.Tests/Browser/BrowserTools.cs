namespace SiteGen.Tests.Browser;

/// <summary>
/// Finds what the browser and HTML-validity tests need: Debian's Chromium, Node.js with the packages of
/// <c>tests/browser</c>, and Java for the Nu HTML checker. Each says what is missing and how to get it.
/// </summary>
public static class BrowserTools
{
    /// <summary>Set (to 1) where the tests must run, as in CI: a missing tool then fails the tests instead of skipping them.</summary>
    public const string RequireVariable = "SITEGEN_REQUIRE_BROWSER";

    public static string ScriptsFolder { get; } = Path.Combine(RepositoryFolders.Root, "tests", "browser");

    public static string Chromium { get; } = Environment.GetEnvironmentVariable("SITEGEN_CHROMIUM") is { Length: > 0 } set ? set : "/usr/bin/chromium";

    public static string? Node { get; } = OnPath("node");

    public static string? Java { get; } = OnPath("java");

    public static string ValidatorJar { get; } = Path.Combine(ScriptsFolder, "node_modules", "vnu-jar", "build", "dist", "vnu.jar");

    public static bool Required => Environment.GetEnvironmentVariable(RequireVariable) == "1";

    private const string Enable = "To run them: sudo apt-get install chromium default-jre-headless nodejs npm && npm ci --prefix tests/browser (.ci/run does this).";

    /// <summary>Why the browser tests cannot run here, or null when they can.</summary>
    public static string? MissingForBrowser() =>
        !File.Exists(Chromium) ? $"Browser tests skipped: Chromium is not at {Chromium} (set SITEGEN_CHROMIUM to use another). {Enable}"
        : Node is null ? $"Browser tests skipped: Node.js (node) is not on PATH. {Enable}"
        : !Directory.Exists(Path.Combine(ScriptsFolder, "node_modules", "playwright-core")) ? $"Browser tests skipped: tests/browser has no node_modules. {Enable}"
        : null;

    /// <summary>Why the HTML validity test cannot run here, or null when it can.</summary>
    public static string? MissingForValidator() =>
        Java is null ? $"HTML validity test skipped: Java (java) is not on PATH. {Enable}"
        : !File.Exists(ValidatorJar) ? $"HTML validity test skipped: the Nu checker is not at {ValidatorJar}. {Enable}"
        : null;

    private static string? OnPath(string program) =>
        (Environment.GetEnvironmentVariable("PATH") ?? string.Empty)
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(folder => Path.Combine(folder, program))
            .FirstOrDefault(File.Exists);
}
