namespace SiteGen.Extract;

/// <summary>Numbers written as words, shared by the figure and date recognisers.</summary>
internal static class NumberWords
{
    public const string Pattern = "a dozen|a hundred|a thousand|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|hundred";

    private static readonly Dictionary<string, decimal>.AlternateLookup<ReadOnlySpan<char>> Values = new Dictionary<string, decimal>(StringComparer.OrdinalIgnoreCase)
    {
        ["one"] = 1, ["two"] = 2, ["three"] = 3, ["four"] = 4, ["five"] = 5, ["six"] = 6, ["seven"] = 7, ["eight"] = 8,
        ["nine"] = 9, ["ten"] = 10, ["eleven"] = 11, ["twelve"] = 12, ["thirteen"] = 13, ["fourteen"] = 14, ["fifteen"] = 15,
        ["sixteen"] = 16, ["seventeen"] = 17, ["eighteen"] = 18, ["nineteen"] = 19, ["twenty"] = 20, ["thirty"] = 30,
        ["forty"] = 40, ["fifty"] = 50, ["hundred"] = 100, ["a hundred"] = 100, ["a dozen"] = 12, ["a thousand"] = 1000,
    }.GetAlternateLookup<ReadOnlySpan<char>>();

    public static decimal ValueOf(ReadOnlySpan<char> words) => Values[words];

    /// <summary>"a dozen", "a hundred", "a thousand", "hundred": words that give a size rather than a count.</summary>
    public static bool IsRound(ReadOnlySpan<char> words) =>
        words.StartsWith("a ", StringComparison.OrdinalIgnoreCase) || words.Equals("hundred", StringComparison.OrdinalIgnoreCase);
}
