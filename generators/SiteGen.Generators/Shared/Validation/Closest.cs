using System;
using System.Collections.Generic;

namespace SiteGen.Validation
{
    /// <summary>Finds the known name nearest a mistyped one, for "did you mean" messages.</summary>
    internal static class Closest
    {
        public static string? To(string typed, IEnumerable<string> known)
        {
            string? best = null;
            var bestDistance = int.MaxValue;
            foreach (var candidate in known)
            {
                var distance = Distance(typed.ToLowerInvariant(), candidate.ToLowerInvariant());
                if (distance < bestDistance || (distance == bestDistance && string.CompareOrdinal(candidate, best) < 0))
                {
                    best = candidate;
                    bestDistance = distance;
                }
            }

            var allowed = Math.Max(2, typed.Length / 3);
            return bestDistance <= allowed ? best : null;
        }

        private static int Distance(string a, string b)
        {
            var previous = new int[b.Length + 1];
            var current = new int[b.Length + 1];
            for (var j = 0; j <= b.Length; j++)
            {
                previous[j] = j;
            }

            for (var i = 1; i <= a.Length; i++)
            {
                current[0] = i;
                for (var j = 1; j <= b.Length; j++)
                {
                    var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                    current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
                }

                var swap = previous;
                previous = current;
                current = swap;
            }

            return previous[b.Length];
        }
    }
}
