using MetricAssistant.Catalog.Model;

namespace MetricAssistant.Understanding.Parsing;

/// <summary>
/// "上季度门店平均每个月有多少员工在岗": a metric that is itself an average over periods of a grain (a snapshot
/// summed across stores and averaged across months) already answers "on average per month"; the words name its
/// definition, not a month-by-month split.
/// </summary>
public static class OwnAverage
{
    public static bool Over(SemanticCatalog catalog, MetricDefinition metric, TimeGrain grain)
    {
        if (metric.Calculation.Simple is not { } simple || catalog.FindModel(simple.Model) is not { } model) return false;
        if (model.FindMeasure(simple.Measure)?.SemiAdditive is not { PeriodAggregation: Aggregation.Avg } semi) return false;
        return model.FindTimeDimension(semi.TimeDimension)?.MinGrain == grain;
    }
}
