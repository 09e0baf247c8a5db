using MetricAssistant.Catalog.Model;

namespace MetricAssistant.Understanding.Parsing;

/// <summary>
/// "上季度门店平均每个月有多少员工在岗": a metric that is itself an average over periods of a grain (a snapshot
/// summed across stores and averaged across months) already answers "on average per month"; the words name its
/// definition, not a month-by-month split.
/// </summary>
public static class OwnAverage
{
    public static bool Over(SemanticCatalog catalog, MetricDefinition metric, TimeGrain grain) =>
        Of(catalog, metric) is { } over && over.Model.FindTimeDimension(over.Semi.TimeDimension)?.MinGrain == grain;

    /// <summary>Whether the metric averages its snapshots over time (not a period's first or last snapshot).</summary>
    public static bool AveragesOverTime(SemanticCatalog catalog, MetricDefinition metric) => Of(catalog, metric) is not null;

    /// <summary>Whether the metric takes one snapshot of its period (its start or end: headcount at period end), never averaging over time.</summary>
    public static bool TakesSnapshot(SemanticCatalog catalog, MetricDefinition metric) =>
        metric.Calculation.Simple is { } simple && catalog.FindModel(simple.Model)?.FindMeasure(simple.Measure)?.SemiAdditive is { Choice: not null };

    private static (SemanticModel Model, SemiAdditive Semi)? Of(SemanticCatalog catalog, MetricDefinition metric)
    {
        if (metric.Calculation.Simple is not { } simple || catalog.FindModel(simple.Model) is not { } model) return null;
        return model.FindMeasure(simple.Measure)?.SemiAdditive is { PeriodAggregation: Aggregation.Avg, Choice: null } semi ? (model, semi) : null;
    }
}
