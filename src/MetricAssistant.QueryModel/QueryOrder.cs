namespace MetricAssistant.QueryModel;

/// <summary>Sort on an output column: a metric id, a comparison column, a dimension or "period".</summary>
public sealed record QueryOrder(string Field, bool Desc);
