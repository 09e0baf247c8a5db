using System.Text.RegularExpressions;
using MetricAssistant.Catalog.Model;
using MetricAssistant.Understanding.Lexicon;

namespace MetricAssistant.Understanding.Parsing;

/// <summary>
/// Two metrics named with a subtraction word before the second ("扣掉退款以后的GMV", "GMV minus refunds", "GMV net of
/// refunds") ask for their difference: the catalog's published derived metric whose expression is exactly that
/// difference of those metrics (gmv_after_refunds = gmv − refund_amount) answers, never the two side by side. A catalog
/// without such a metric keeps the two names (and the word is left to the coverage check, so it is named as not understood).
/// </summary>
public static partial class DifferenceRule
{
    // The word right before the subtracted metric, at most a space away.
    [GeneratedRegex(@"(扣掉|扣除|扣减|减去|减掉|去掉|刨去|刨除|除去|剔除|\bminus|\bless|\bnet of|\bafter|\bexcluding|\bwithout)\s*(the\s+)?$", RegexOptions.IgnoreCase)]
    private static partial Regex SubtractBefore();

    /// <summary>The derived metric and the span of the subtraction word, or null.</summary>
    public static (string MetricId, int Start, int Length)? Find(SemanticCatalog catalog, string text, IReadOnlyList<string> metrics, IReadOnlyList<TermMatch> metricMatches)
    {
        if (metrics.Count != 2) return null;
        foreach (var subtracted in metricMatches)
        {
            var before = SubtractBefore().Match(text[..subtracted.Start]);
            if (!before.Success) continue;
            var minus = subtracted.Entries.Select(e => e.Id).FirstOrDefault(metrics.Contains);
            var from = metrics.FirstOrDefault(id => id != minus);
            if (minus is null || from is null) continue;
            if (Derived(catalog, from, minus) is { } derived) return (derived, before.Index, before.Length);
        }
        return null;
    }

    /// <summary>
    /// Whether two metric names with a subtraction word before the second name a difference the catalog has ("revenue net
    /// of refunds"): read before the metric is chosen, so the subtracted name is not taken for a condition on the rows.
    /// </summary>
    public static bool Names(SemanticCatalog catalog, string text, IReadOnlyList<TermMatch> metricMatches)
    {
        if (metricMatches.Count != 2) return false;
        foreach (var subtracted in metricMatches)
        {
            if (!SubtractBefore().IsMatch(text[..subtracted.Start])) continue;
            var other = metricMatches[0] == subtracted ? metricMatches[1] : metricMatches[0];
            if (other.Entries.Any(a => subtracted.Entries.Any(b => a.Id != b.Id && Derived(catalog, a.Id, b.Id) is not null))) return true;
        }
        return false;
    }

    /// <summary>The published derived metric that is <paramref name="from"/> minus <paramref name="minus"/>, the first by id, or null.</summary>
    private static string? Derived(SemanticCatalog catalog, string from, string minus) =>
        catalog.Metrics.Values.Where(m => m.IsPublished && IsDifference(m, from, minus)).Select(m => m.Id).Order(StringComparer.Ordinal).FirstOrDefault();

    /// <summary>"a - b" over two inputs that are metrics <paramref name="from"/> and <paramref name="minus"/>, neither read at another period.</summary>
    private static bool IsDifference(MetricDefinition metric, string from, string minus)
    {
        if (metric.Calculation is not { Type: MetricType.Derived, Expression: { } expression, Inputs: { Count: 2 } inputs }) return false;
        if (inputs.Any(i => i.OffsetWindow is not null || i.OffsetToGrain is not null)) return false;
        var a = inputs.FirstOrDefault(i => i.MetricId == from);
        var b = inputs.FirstOrDefault(i => i.MetricId == minus);
        if (a is null || b is null) return false;
        return string.Concat(expression.Where(c => !char.IsWhiteSpace(c))) == $"{a.Name}-{b.Name}";
    }
}
