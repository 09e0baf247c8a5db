namespace MetricAssistant.Compiler.Planning;

/// <summary>Did-you-mean: the known names closest to a mistyped one (edit distance, then shared prefix).</summary>
internal static class NameSuggester
{
    public static IReadOnlyList<string> Nearest(string typed, IEnumerable<string> known, int max = 3)
    {
        var lowered = typed.Trim().ToLowerInvariant();
        return known
            .Select(k => (Name: k, Distance: Distance(lowered, k.ToLowerInvariant())))
            .Where(x => x.Distance <= Math.Max(2, x.Name.Length / 3) || x.Name.Contains(lowered, StringComparison.OrdinalIgnoreCase) && lowered.Length >= 2)
            .OrderBy(x => x.Distance).ThenBy(x => x.Name, StringComparer.Ordinal)
            .Take(max)
            .Select(x => x.Name)
            .ToArray();
    }

    public static string Hint(IReadOnlyList<string> suggestions) =>
        suggestions.Count == 0 ? "" : $" Did you mean {string.Join(" or ", suggestions.Select(s => $"'{s}'"))}?";

    private static int Distance(string a, string b)
    {
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++) previous[j] = j;
        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }
            (previous, current) = (current, previous);
        }
        return previous[b.Length];
    }
}
