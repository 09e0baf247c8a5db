using MetricAssistant.Application.Contracts;

namespace MetricAssistant.Evals;

/// <summary>
/// What the answer must be: its <see cref="Status"/>, for <c>answered</c> the full expected query, and
/// the metric ids that must be offered as alternatives. An <c>invalid</c> case may carry the query it
/// would have been, to show which dimension the metric cannot reach.
/// <see cref="Scope"/>, when given, is the row scope the answer must report (the same question, different rows by role).
/// </summary>
public sealed record EvalExpectation(string Status, QueryDto? Query, IReadOnlyList<string> Alternatives, string? Note, IReadOnlyList<QueryFilterDto>? Scope = null);
