namespace MetricAssistant.Application.Execution;

/// <summary>A query's result and whether it came from the result cache.</summary>
public sealed record CachedResult(QueryResult Result, CacheStatus Status);
