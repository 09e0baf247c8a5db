using MetricAssistant.Catalog.Validation;

namespace MetricAssistant.Compiler.Plans;

/// <summary>The compiler's did-you-mean: the catalog's <see cref="DidYouMean.Nearest"/>, and the hint its errors end with.</summary>
internal static class NameSuggester
{
    public static IReadOnlyList<string> Nearest(string typed, IEnumerable<string> known) => DidYouMean.Nearest(typed, known);

    public static string Hint(IReadOnlyList<string> suggestions) =>
        suggestions.Count == 0 ? "" : $" Did you mean {string.Join(" or ", suggestions.Select(s => $"'{s}'"))}?";
}
