namespace MetricAssistant.Catalog.Validation;

/// <summary>Finds the name a typo most likely meant, for "did you mean …?" hints.</summary>
public static class DidYouMean
{
    /// <summary>
    /// The candidate closest to <paramref name="input"/>: the smallest case-insensitive edit distance within
    /// about a third of the word's length ("pay_amout" → "pay_amount", "dya" → "day"), else a candidate the
    /// input is a prefix of ("discount" → "discount_amount"), else one it abbreviates ("cnt" → "count");
    /// null when nothing is close.
    /// </summary>
    public static string? Closest(string input, IEnumerable<string> candidates)
    {
        if (string.IsNullOrWhiteSpace(input)) return null;
        var word = input.Trim().ToLowerInvariant();
        var pool = candidates.Where(c => !string.IsNullOrEmpty(c)).Distinct(StringComparer.Ordinal).ToList();

        var limit = Math.Max(1, word.Length / 3);
        var best = pool
            .Select(c => (candidate: c, distance: Distance(word, c.ToLowerInvariant())))
            .Where(x => x.distance <= limit && x.candidate != input)
            .OrderBy(x => x.distance).ThenBy(x => x.candidate, StringComparer.Ordinal)
            .Select(x => x.candidate).FirstOrDefault();
        if (best is not null) return best;

        if (word.Length < 3) return null;
        var prefix = pool
            .Where(c => c != input)
            .Where(c => c.StartsWith(word, StringComparison.OrdinalIgnoreCase) || (c.Length >= 3 && word.StartsWith(c.ToLowerInvariant(), StringComparison.Ordinal)))
            .OrderBy(c => Math.Abs(c.Length - word.Length)).ThenBy(c => c, StringComparer.Ordinal)
            .FirstOrDefault();
        return prefix ?? pool
            .Where(c => c != input && Abbreviates(word, c.ToLowerInvariant()))
            .OrderBy(c => c.Length).ThenBy(c => c, StringComparer.Ordinal)
            .FirstOrDefault();
    }

    /// <summary>Same first letter and the word's letters appear in order in the candidate ("cnt" in "count").</summary>
    private static bool Abbreviates(string word, string candidate)
    {
        if (candidate.Length == 0 || word[0] != candidate[0]) return false;
        var next = 0;
        foreach (var c in candidate)
            if (next < word.Length && c == word[next]) next++;
        return next == word.Length;
    }

    /// <summary>
    /// Up to <paramref name="max"/> candidates near <paramref name="input"/>, nearest first: within
    /// max(2, a third of the candidate's length) edits, or containing the input (two characters or more).
    /// The list the compiler's errors and the catalog lookup offer ("refund_amout" → refund_amount).
    /// </summary>
    public static IReadOnlyList<string> Nearest(string input, IEnumerable<string> candidates, int max = 3)
    {
        var lowered = input.Trim().ToLowerInvariant();
        return candidates
            .Select(c => (Name: c, Distance: Distance(lowered, c.ToLowerInvariant())))
            .Where(x => x.Distance <= Math.Max(2, x.Name.Length / 3) || x.Name.Contains(lowered, StringComparison.OrdinalIgnoreCase) && lowered.Length >= 2)
            .OrderBy(x => x.Distance).ThenBy(x => x.Name, StringComparer.Ordinal)
            .Take(max)
            .Select(x => x.Name)
            .ToArray();
    }

    /// <summary>"did you mean 'pay_amount'?", or null when no candidate is close.</summary>
    public static string? Suggest(string input, IEnumerable<string> candidates) =>
        Closest(input, candidates) is { } match ? $"did you mean '{match}'?" : null;

    /// <summary>
    /// Edit distance where insertions, deletions, substitutions and swaps of two neighbouring letters each
    /// cost one (optimal string alignment), so "dya" is one edit from "day".
    /// </summary>
    public static int Distance(string a, string b) => Distance(a, b, int.MaxValue - 1);

    /// <summary>The same distance, or <paramref name="max"/> + 1 as soon as it must exceed <paramref name="max"/> (typo matching stops early).</summary>
    public static int Distance(string a, string b, int max)
    {
        var d = new int[a.Length + 1, b.Length + 1];
        for (var i = 0; i <= a.Length; i++) d[i, 0] = i;
        for (var j = 0; j <= b.Length; j++) d[0, j] = j;
        for (var i = 1; i <= a.Length; i++)
        {
            var rowMin = int.MaxValue;
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                var v = Math.Min(Math.Min(d[i - 1, j] + 1, d[i, j - 1] + 1), d[i - 1, j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1]) v = Math.Min(v, d[i - 2, j - 2] + 1);
                d[i, j] = v;
                rowMin = Math.Min(rowMin, v);
            }
            if (rowMin > max) return max + 1;
        }
        return d[a.Length, b.Length];
    }
}
