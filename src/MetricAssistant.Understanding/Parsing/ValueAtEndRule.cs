using MetricAssistant.Catalog.Model;
using MetricAssistant.QueryModel;

namespace MetricAssistant.Understanding.Parsing;

/// <summary>
/// Whether a metric has a value at a moment, from its definition: a snapshot (semi-additive measure) or a
/// running total (cumulative) does; a sum or count of events over the period does not, nor does a ratio
/// built on one. The compiler applies the same rule when it plans "at: period_end".
/// </summary>
public static class ValueAtEndRule
{
    public static bool HasValueAtEnd(SemanticCatalog catalog, MetricDefinition metric) => HasValueAtEnd(catalog, metric, 0);

    /// <summary>
    /// A period-end word asks for the value at the end: snapshots and running totals have one. A flow metric
    /// (GMV) has none, so the answer is the whole period's and says so; "截至" / "as of" of a flow only means "up to".
    /// </summary>
    public static ValueAt? Asked(SemanticCatalog catalog, IReadOnlyList<string> metrics, IReadOnlyList<PeriodEndWords.Mention> words, List<Notice> notices)
    {
        if (words.Count == 0) return null;
        // "今年到目前为止一共多少会员": a running total up to now is already its value at the end; only a snapshot is read at it.
        if (words.All(w => w.ToNow) && metrics.All(id => catalog.Metrics.TryGetValue(id, out var m) && m.Calculation.Type == MetricType.Cumulative)) return null;
        if (metrics.All(id => catalog.Metrics.TryGetValue(id, out var m) && ValueAtEndRule.HasValueAtEnd(catalog, m))) return ValueAt.PeriodEnd;
        var endWords = words.Where(w => !w.AsOf).Select(w => w.Text).Distinct().ToArray();
        var flow = metrics.FirstOrDefault(id => !catalog.Metrics.TryGetValue(id, out var m) || !ValueAtEndRule.HasValueAtEnd(catalog, m));
        if (endWords.Length > 0 && flow is not null) notices.Add(new PeriodEndNotApplicable(string.Join(" ", endWords), flow));
        return null;
    }

    private static bool HasValueAtEnd(SemanticCatalog catalog, MetricDefinition metric, int depth)
    {
        if (depth > 16) return false;
        var calc = metric.Calculation;
        return calc.Type switch
        {
            MetricType.Cumulative => true,
            MetricType.Simple => calc.Simple is { } simple && IsSnapshot(catalog, simple),
            _ => calc.Inputs.Count > 0 && calc.Inputs.All(i =>
                i.MetricId is { } id ? catalog.FindMetric(id) is { } input && HasValueAtEnd(catalog, input, depth + 1)
                : i.Inline is { } inline && IsSnapshot(catalog, inline)),
        };
    }

    private static bool IsSnapshot(SemanticCatalog catalog, SimpleCalculation simple) =>
        catalog.FindModel(simple.Model)?.FindMeasure(simple.Measure)?.SemiAdditive is not null;
}
