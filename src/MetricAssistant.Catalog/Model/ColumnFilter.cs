namespace MetricAssistant.Catalog.Model;

/// <summary>A fixed condition of a metric's definition, on a column of its model ("status not_in [cancelled]").</summary>
public sealed record ColumnFilter(ColumnPath Column, FilterOperator Operator, IReadOnlyList<string> Values, SourceLocation Source);
