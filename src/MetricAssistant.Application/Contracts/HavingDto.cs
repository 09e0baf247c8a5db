namespace MetricAssistant.Application.Contracts;

/// <summary>A condition on a metric of the query per answer row: <c>{ "metric": "order_count", "op": "&gt;", "value": 3 }</c>.</summary>
public sealed record HavingDto(string? Metric, string? Op, decimal? Value);
