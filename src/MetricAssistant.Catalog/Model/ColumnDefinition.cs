namespace MetricAssistant.Catalog.Model;

public sealed record ColumnDefinition(string Name, ColumnType Type, bool Nullable = false);
