namespace SiteGen.Extract;

/// <summary>
/// Spans of a sentence, [start, end), asked whether one overlaps or holds a range: by a scan while they are few (most
/// sentences), by binary search over the spans sorted by start, with the furthest end so far, once they are many, so
/// a sentence with a hundred thousand of them is asked in time linear in its matches, not in their square.
/// </summary>
internal readonly struct SpanIndex
{
    private const int ScannedUpTo = 16;

    private readonly IReadOnlyList<(int Start, int End)> _spans;
    private readonly int[]? _starts;
    private readonly int[]? _furthestEnd;

    public SpanIndex(IReadOnlyList<(int Start, int End)> spans)
    {
        _spans = spans;
        if (spans.Count <= ScannedUpTo)
        {
            return;
        }

        var sorted = spans.ToArray();
        Array.Sort(sorted, (a, b) => a.Start.CompareTo(b.Start));
        _starts = new int[sorted.Length];
        _furthestEnd = new int[sorted.Length];
        var furthest = int.MinValue;
        for (var i = 0; i < sorted.Length; i++)
        {
            _starts[i] = sorted[i].Start;
            furthest = Math.Max(furthest, sorted[i].End);
            _furthestEnd[i] = furthest;
        }
    }

    /// <summary>Whether a span shares a character with [start, end).</summary>
    public bool Overlaps(int start, int end)
    {
        if (_starts == null)
        {
            foreach (var span in _spans ?? [])
            {
                if (start < span.End && span.Start < end)
                {
                    return true;
                }
            }

            return false;
        }

        // Among the spans that start before the range ends, one overlaps it if the furthest of their ends is past its start.
        var count = CountStartingBefore(end);
        return count > 0 && _furthestEnd![count - 1] > start;
    }

    /// <summary>Whether a span holds all of [start, end).</summary>
    public bool Holds(int start, int end)
    {
        if (_starts == null)
        {
            foreach (var span in _spans ?? [])
            {
                if (span.Start <= start && end <= span.End)
                {
                    return true;
                }
            }

            return false;
        }

        var count = CountStartingBefore(start + 1);
        return count > 0 && _furthestEnd![count - 1] >= end;
    }

    /// <summary>How many spans start before <paramref name="position"/>: the first sorted start at or after it.</summary>
    private int CountStartingBefore(int position)
    {
        int low = 0, high = _starts!.Length;
        while (low < high)
        {
            var middle = low + ((high - low) / 2);
            if (_starts[middle] < position)
            {
                low = middle + 1;
            }
            else
            {
                high = middle;
            }
        }

        return low;
    }
}
