namespace SiteGen.CrossReference;

/// <summary>For each person, how many sentences mention them together with each other person.</summary>
internal sealed class MentionedTogether
{
    private static readonly IReadOnlyDictionary<string, int> NoOne = new Dictionary<string, int>();

    private readonly Dictionary<string, Dictionary<string, int>> _counts = new(StringComparer.Ordinal);

    /// <summary>Counts <paramref name="sentences"/> more sentences that mention <paramref name="person"/> with <paramref name="other"/>.</summary>
    public void Add(string person, string other, int sentences)
    {
        if (!_counts.TryGetValue(person, out var counts))
        {
            counts = new Dictionary<string, int>(StringComparer.Ordinal);
            _counts.Add(person, counts);
        }

        counts[other] = counts.GetValueOrDefault(other) + sentences;
    }

    /// <summary>Adds up the counts of <paramref name="more"/> (another article's) with these.</summary>
    public void Add(MentionedTogether more)
    {
        foreach (var (person, others) in more._counts)
        {
            foreach (var (other, sentences) in others)
            {
                Add(person, other, sentences);
            }
        }
    }

    /// <summary>The people mentioned with <paramref name="person"/>, each with how many sentences mention both.</summary>
    public IReadOnlyDictionary<string, int> With(string person) => _counts.TryGetValue(person, out var counts) ? counts : NoOne;
}
