using MetricAssistant.Application.Contracts;
using MetricAssistant.Application.Execution;
using MetricAssistant.Evals.Scoring;

namespace MetricAssistant.Evals.Running;

/// <summary>Runs the expected query through the structured query service, as the case's user at the case's <c>now</c>.</summary>
public sealed class QueryServiceExpectedRunner(QueryService queries) : IExpectedQueryRunner
{
    public Task<Answer> RunAsync(QueryDto expected, EvalCase evalCase, CancellationToken cancellationToken) =>
        queries.RunAsync(new QueryRequest(expected, evalCase.User, evalCase.Now, evalCase.Lang == "en" ? "en" : "zh"), cancellationToken);
}
