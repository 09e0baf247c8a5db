using MetricAssistant.Catalog.Model;

namespace MetricAssistant.Understanding.Parsing;

/// <summary>
/// Whether a metric has a value at a moment, from its definition: a snapshot (semi-additive measure) or a
/// running total (cumulative) does; a sum or count of events over the period does not, nor does a ratio
/// built on one. The compiler applies the same rule when it plans "at: period_end".
/// </summary>
public static class ValueAtEndRule
{
    public static bool HasValueAtEnd(SemanticCatalog catalog, MetricDefinition metric) => HasValueAtEnd(catalog, metric, 0);

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
