namespace SiteGen.Generators.Tests;

/// <summary>Small, valid content files; each test changes one thing about them.</summary>
public static class SampleFiles
{
    public const string Article = """
        ---
        title: "Ukraine, Russia swap hundreds more POWs"
        slug: swap-hundreds-more-pows
        date: 2025-05-24
        outlet: dw
        url: https://p.dw.com/p/4urZa
        authors: ["Kalika Mehta"]
        summary: "307 more prisoners of war are swapped."
        source: "A test file."
        people: [volodymyr-zelensky]
        ---

        Russia and Ukraine on Saturday said another 307 prisoners of war had been swapped.
        """;

    public const string Person = """
        ---
        name: "Volodymyr Zelensky"
        aliases: ["Zelensky", "Zelenskyy"]
        role: "President of Ukraine"
        ---

        President of Ukraine.
        """;

    public const string Outlet = """
        ---
        name: "DW"
        ---

        A broadcaster.
        """;

    public static InMemoryAdditionalText[] All(string article = Article) =>
    [
        GeneratorHarness.File("articles/swap-hundreds-more-pows.md", article),
        GeneratorHarness.File("people/volodymyr-zelensky.md", Person),
        GeneratorHarness.File("outlets/dw.md", Outlet),
    ];
}
