namespace MetricAssistant.Compiler.Plans;

/// <summary>A sort on an output column, by its index among the output columns.</summary>
public sealed record PlannedOrder(int ColumnIndex, bool Desc);
