using MetricAssistant.Catalog.Model;

namespace MetricAssistant.Compiler.Plans;

/// <summary>
/// The conversion side of a conversion metric's component: the events that convert (their model, measure, time
/// column and fixed filters), the entity and constant properties that tie them to a base event, and the window
/// (the metric's default or the query's). The component's own model, time and filters are the base event's.
/// </summary>
public sealed record PlannedConversion(
    SemanticModel EventModel,
    MeasureDefinition EventMeasure,
    TimeDimension EventTime,
    IReadOnlyList<ColumnFilter> EventFilters,
    ColumnPath BaseEntity,
    ColumnPath EventEntity,
    CalendarWindow? Window,
    IReadOnlyList<ConstantProperty> ConstantProperties)
{
    public string Key =>
        $"{EventModel.Id}|{EventMeasure.Name}|{EventTime.Name}|{BaseEntity}|{EventEntity}|{Window}|{string.Join(";", ConstantProperties.Select(p => $"{p.Base}={p.Conversion}"))}|{string.Join(";", EventFilters.Select(f => $"{f.Column}:{f.Operator}:{string.Join(",", f.Values)}"))}";
}
