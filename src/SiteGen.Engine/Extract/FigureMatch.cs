namespace SiteGen.Extract;

/// <summary>
/// A number a sentence reports, at [<paramref name="Start"/>, <paramref name="End"/>): its value (and upper bound for
/// a range), the qualifier before it ("at least", "approximately") and what it counts ("Ukrainian prisoners").
/// </summary>
/// <param name="Round">Written as a round number in words ("a dozen", "a hundred"): a size, not a count anyone made.</param>
internal sealed record FigureMatch(int Start, int End, decimal Value, decimal? High, string Qualifier, string Counted, bool Round = false)
{
    /// <summary>The figure's page key: <c>8000</c>, or <c>8000-10000</c> for a range. Made once: every mention is grouped and linked by it.</summary>
    public string Key { get; } = High is { } high ? FigureText.Number(Value) + "-" + FigureText.Number(high) : FigureText.Number(Value);
}
