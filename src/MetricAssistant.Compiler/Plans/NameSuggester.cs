using MetricAssistant.Catalog.Validation;

namespace MetricAssistant.Compiler.Plans;

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

    private static int Distance(string a, string b) => DidYouMean.Distance(a, b);
}
