using SiteGen.Content;

namespace SiteGen.Tests;

/// <summary>Records built in tests, without files behind them.</summary>
public static class TestContent
{
    public static Person Person(string key, string name, params string[] aliases) => new()
    {
        Key = key,
        File = new ContentFile($"people/{key}.md", 1, string.Empty),
        Name = name,
        Aliases = aliases,
        Role = "test",
    };
}
