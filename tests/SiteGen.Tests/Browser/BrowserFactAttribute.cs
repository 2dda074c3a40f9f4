namespace SiteGen.Tests.Browser;

/// <summary>
/// A test that needs a real browser: skipped, with what to install, where Chromium, Node.js or the packages of
/// tests/browser are missing, unless <see cref="BrowserTools.RequireVariable"/> is set (CI), where it runs and fails.
/// </summary>
public sealed class BrowserFactAttribute : FactAttribute
{
    public BrowserFactAttribute()
    {
        if (!BrowserTools.Required && BrowserTools.MissingForBrowser() is { } missing)
        {
            Skip = missing;
        }
    }
}

/// <summary>A test that needs Java and the Nu HTML checker; skipped like <see cref="BrowserFactAttribute"/>.</summary>
public sealed class ValidatorFactAttribute : FactAttribute
{
    public ValidatorFactAttribute()
    {
        if (!BrowserTools.Required && BrowserTools.MissingForValidator() is { } missing)
        {
            Skip = missing;
        }
    }
}
