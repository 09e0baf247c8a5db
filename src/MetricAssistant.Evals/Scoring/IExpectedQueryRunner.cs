using MetricAssistant.Application.Contracts;

namespace MetricAssistant.Evals.Scoring;

/// <summary>Runs a case's EXPECTED query, for the execution match; the real one is Running.QueryServiceExpectedRunner.</summary>
public interface IExpectedQueryRunner
{
    Task<Answer> RunAsync(QueryDto expected, EvalCase evalCase, CancellationToken cancellationToken);
}
