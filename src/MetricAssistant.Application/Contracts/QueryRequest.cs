namespace MetricAssistant.Application.Contracts;

/// <summary>A structured query: <c>{ "query": {…}, "user": "ceo", "now": "2025-07-15T10:00:00" }</c>.</summary>
public sealed record QueryRequest(QueryDto? Query, string? User = null, string? Now = null, string? Language = null);
