using MetricAssistant.Application.Contracts;

namespace MetricAssistant.Evals.Scoring;

/// <summary>Judges one answer against its case's expectation (everything but the execution match, which needs the warehouse).</summary>
public static class CaseScorer
{
    public static CaseScore Score(EvalExpectation expected, ActualAnswer actual)
    {
        var statusRight = string.Equals(expected.Status, actual.Status, StringComparison.Ordinal);

        bool? metricRight = null;
        ParameterScores? parameters = null;
        bool? queryRight = null;
        if (expected.Status == AnswerStatus.Answered && expected.Query is { } want)
        {
            var answeredQuery = actual.Status == AnswerStatus.Answered ? actual.Query : null;
            metricRight = answeredQuery is not null && FirstMetric(want) is { } metric && metric == FirstMetric(answeredQuery);
            parameters = QueryComparer.Compare(want, answeredQuery);
            queryRight = statusRight && parameters.All;
        }

        bool? alternativesRight = null;
        IReadOnlyList<string> missing = [];
        if (expected.Alternatives.Count > 0)
        {
            missing = expected.Alternatives.Where(id => !actual.Alternatives.Contains(id, StringComparer.Ordinal)).ToArray();
            alternativesRight = missing.Count == 0;
        }

        // A case that names a scope wants exactly those row rules applied (order does not matter).
        var scopeRight = expected.Scope is not { } scope || Same(scope, actual.Scope ?? []);
        var passed = statusRight && queryRight != false && alternativesRight != false && scopeRight;
        return new CaseScore(passed, statusRight, metricRight, parameters, queryRight, alternativesRight, missing);
    }

    private static bool Same(IReadOnlyList<QueryFilterDto> expected, IReadOnlyList<QueryFilterDto> actual)
    {
        static string Key(QueryFilterDto f) => $"{f.Dimension}|{f.Op ?? "in"}|{string.Join(",", (f.Values ?? []).Order(StringComparer.Ordinal))}";
        return expected.Select(Key).Order(StringComparer.Ordinal).SequenceEqual(actual.Select(Key).Order(StringComparer.Ordinal));
    }

    private static string? FirstMetric(QueryDto query) => query.Metrics is { Count: > 0 } metrics ? metrics[0] : null;
}
