namespace MetricAssistant.Application.Execution;

/// <summary>Rows of an executed query, or why there are none: over the row limit, or out of time.</summary>
public sealed record QueryResult(IReadOnlyList<IReadOnlyList<object?>> Rows, QueryOutcome Outcome, TimeSpan Elapsed);
