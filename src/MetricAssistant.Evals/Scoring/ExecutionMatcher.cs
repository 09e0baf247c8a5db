using MetricAssistant.Application.Contracts;

namespace MetricAssistant.Evals.Scoring;

/// <summary>
/// The execution match: runs the EXPECTED query and compares its rows with the answer's. Rows compare in
/// order when the expected query orders them (a ranking, a group-by), else as a multiset.
/// </summary>
public static class ExecutionMatcher
{
    /// <summary>Whether the case gets an execution match at all: answered as expected, with the right metric.</summary>
    public static bool Applies(EvalCase evalCase, CaseScore score) =>
        evalCase.Expect.Status == AnswerStatus.Answered && evalCase.Expect.Query is not null && score.StatusRight && score.MetricRight == true;

    public static async Task<(bool Match, string? Detail)> MatchAsync(IExpectedQueryRunner runner, EvalCase evalCase, Answer actual, CancellationToken cancellationToken)
    {
        var expectedQuery = evalCase.Expect.Query!;
        Answer reference;
        try
        {
            reference = await runner.RunAsync(expectedQuery, evalCase, cancellationToken);
        }
        catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            return (false, $"the expected query failed to run: {e.GetType().Name}: {e.Message}");
        }
        if (reference.Status != AnswerStatus.Answered)
            return (false, $"the expected query was not answered ({reference.Status}{(reference.Error is { } error ? $", {error.Code}" : "")}): {reference.Message}");

        var ordered = expectedQuery.OrderBy is { Count: > 0 };
        var (match, detail) = RowComparer.Compare(reference.Rows, actual.Rows, ordered);
        return (match, detail);
    }
}
