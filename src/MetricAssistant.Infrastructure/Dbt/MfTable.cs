namespace MetricAssistant.Infrastructure.Dbt;

/// <summary>A result set as read from an engine: column names and rows of CLR values (null for NULL).</summary>
public sealed record MfTable(IReadOnlyList<string> Columns, IReadOnlyList<object?[]> Rows);
