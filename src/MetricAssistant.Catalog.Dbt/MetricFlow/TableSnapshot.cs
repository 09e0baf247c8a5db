using MetricAssistant.Catalog.Model;

namespace MetricAssistant.Catalog.Dbt.MetricFlow;

/// <summary>A MetricFlow source table as its test fixtures write it: typed columns and rows of text (null for NULL).</summary>
public sealed record TableSnapshot(string Name, IReadOnlyList<(string Name, ColumnType Type)> Columns, IReadOnlyList<IReadOnlyList<string?>> Rows, string File);
