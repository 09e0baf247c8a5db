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
    ValueAt? At = null)
{
    /// <summary>Time group-bys after the dimensions (keys tg0, tg1…).</summary>
    public IReadOnlyList<PlannedTimeGroup> TimeGroups { get; init; } = [];

    /// <summary>Entity group-bys after the time groups (keys en0, en1…).</summary>
    public IReadOnlyList<PlannedEntity> Entities { get; init; } = [];

    /// <summary>Conditions on metric values, checked on the answer's rows.</summary>
    public IReadOnlyList<PlannedHaving> Having { get; init; } = [];

    /// <summary>A query without metrics: the model whose rows its distinct values are read from.</summary>
    public SemanticModel? ValuesSource { get; init; }

    /// <summary>How many key columns the answer starts with (period, dimensions, time groups, entities).</summary>
    public int KeyCount => (Grain is null ? 0 : 1) + GroupBy.Count + TimeGroups.Count + Entities.Count;
}
