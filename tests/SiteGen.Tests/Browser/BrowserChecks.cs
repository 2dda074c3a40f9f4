using System.Text.Json;

namespace SiteGen.Tests.Browser;

/// <summary>
/// The outcome of tests/browser/check.mjs on the built sample: it drives headless Chromium once through every check,
/// and each test of <see cref="BrowserTests"/> asserts one of them.
/// </summary>
public static class BrowserChecks
{
    public sealed record Check(string Name, bool Passed, string Detail);

    private static readonly Lazy<IReadOnlyList<Check>> Results = new(Run);

    public static IReadOnlyList<Check> All => Results.Value;

    public static Check Named(string name) =>
        All.SingleOrDefault(c => c.Name == name)
        ?? throw new InvalidOperationException($"check.mjs ran no check named '{name}'; it ran: {string.Join(", ", All.Select(c => c.Name))}");

    private static IReadOnlyList<Check> Run()
    {
        if (BrowserTools.MissingForBrowser() is { } missing)
        {
            throw new InvalidOperationException(missing.Replace("skipped", "cannot run", StringComparison.Ordinal) + $" ({BrowserTools.RequireVariable}=1 requires them.)");
        }

        return RunScript("check.mjs", BuiltSample.Folder, BuiltSample.ArtefactsFolder);
    }

    /// <summary>Runs a script of tests/browser that prints <c>{ checks: [{ name, passed, detail }] }</c>, and reads its checks.</summary>
    public static IReadOnlyList<Check> RunScript(string script, params string[] arguments)
    {
        var result = ToolProcess.Run(BrowserTools.Node!, [script, .. arguments], BrowserTools.ScriptsFolder, TimeSpan.FromMinutes(5));
        if (result.ExitCode != 0)
        {
            throw new InvalidOperationException($"{script} failed (exit {result.ExitCode}): {result.Errors}");
        }

        using var json = JsonDocument.Parse(result.Output);
        return json.RootElement.GetProperty("checks").EnumerateArray()
            .Select(c => new Check(c.GetProperty("name").GetString()!, c.GetProperty("passed").GetBoolean(), c.GetProperty("detail").GetString()!))
            .ToList();
    }
}
