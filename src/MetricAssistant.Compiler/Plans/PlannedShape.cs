using MetricAssistant.Catalog.Model;

namespace MetricAssistant.Compiler.Plans;

/// <summary>What a query groups and keeps beside its dimensions and grain, resolved: time groups, entities, metric conditions, and for a list of values its model.</summary>
internal sealed record PlannedShape(
    IReadOnlyList<PlannedTimeGroup> TimeGroups,
    IReadOnlyList<PlannedEntity> Entities,
    IReadOnlyList<PlannedHaving> Having,
    SemanticModel? ValuesSource,
    IReadOnlyList<OutputColumn> Columns);
