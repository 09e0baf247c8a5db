namespace MetricAssistant.Application.Governance.Lineage;

/// <summary>
/// One column a metric's definition reads: <see cref="Metric"/> (the metric whose own definition names it),
/// the model and warehouse table it belongs to, and <see cref="Via"/> — <c>measure</c>, <c>filter</c>,
/// <c>time_dimension</c> or <c>dimension</c> (with <see cref="Dimension"/>: a join key or bound column that lets
/// the metric be split by it). <see cref="Path"/> is how the metric's model reaches it ("products.unit_cost").
/// </summary>
public sealed record ColumnUse(string Metric, string Model, string Table, string Column, string Via, string Path, string? Dimension = null);
