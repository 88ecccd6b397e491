namespace Stork.Shared.Hosting.Flags;

/// <summary>"Did you mean ...?": the candidate nearest to a mistyped name by edit distance, when it is
/// near enough to be a typo.</summary>
internal static class ClosestName
{
    public static string? Find(string typed, IEnumerable<string> candidates)
    {
        var limit = Math.Max(2, typed.Length / 3);
        return candidates
            .Select(candidate => (candidate, distance: Distance(typed, candidate)))
            .Where(c => c.distance <= limit)
            .OrderBy(c => c.distance)
            .Select(c => c.candidate)
            .FirstOrDefault();
    }

    /// <summary>Levenshtein distance, case-insensitive, with adjacent transpositions counting one edit.</summary>
    private static int Distance(string a, string b)
    {
        a = a.ToUpperInvariant();
        b = b.ToUpperInvariant();
        var d = new int[a.Length + 1, b.Length + 1];
        for (var i = 0; i <= a.Length; i++)
        {
            d[i, 0] = i;
        }

        for (var j = 0; j <= b.Length; j++)
        {
            d[0, j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                d[i, j] = Math.Min(Math.Min(d[i - 1, j] + 1, d[i, j - 1] + 1), d[i - 1, j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    d[i, j] = Math.Min(d[i, j], d[i - 2, j - 2] + 1);
                }
            }
        }

        return d[a.Length, b.Length];
    }
}
