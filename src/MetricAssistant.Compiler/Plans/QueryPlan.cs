using MetricAssistant.Catalog.Model;
using MetricAssistant.QueryModel;

namespace MetricAssistant.Compiler.Plans;

/// <summary>A query resolved against the catalog: everything the SQL renderer needs, nothing it must look up.</summary>
public sealed record QueryPlan(
    IReadOnlyList<PlannedMetric> Metrics,
    IReadOnlyList<PlannedComponent> Components,
    IReadOnlyList<DimensionDefinition> GroupBy,
    IReadOnlyList<PlannedFilter> Filters,
    DateRange Range,
    TimeGrain? Grain,
    Comparison? Compare,
    PeriodShift? Shift,
    IReadOnlyList<OutputColumn> Columns,
    IReadOnlyList<PlannedOrder> Order,
    int? Limit,
    ValueAt? At = null);
