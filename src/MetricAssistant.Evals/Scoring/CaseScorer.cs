using MetricAssistant.Application.Contracts;
using MetricAssistant.Evals.Running;

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

        var passed = statusRight && queryRight != false && alternativesRight != false;
        return new CaseScore(passed, statusRight, metricRight, parameters, queryRight, alternativesRight, missing);
    }

    private static string? FirstMetric(QueryDto query) => query.Metrics is { Count: > 0 } metrics ? metrics[0] : null;
}
