using System.Diagnostics;
using MetricAssistant.Application.Asking;
using MetricAssistant.Application.Contracts;
using MetricAssistant.Evals.Scoring;

namespace MetricAssistant.Evals.Running;

/// <summary>
/// Runs cases through <see cref="IAskService"/> in process, several at once (bounded by
/// <see cref="EvalRunnerOptions.Parallelism"/>), scores each, and adds the execution match when an
/// <see cref="IExpectedQueryRunner"/> is given. A case whose <c>AskAsync</c> throws or times out is a
/// failed case, never a crashed run. Results keep the cases' order.
/// </summary>
public sealed class EvalRunner(IAskService ask, IExpectedQueryRunner? expectedRunner, EvalRunnerOptions options)
{
    public async Task<IReadOnlyList<CaseResult>> RunAsync(string setName, IReadOnlyList<EvalCase> cases, CancellationToken cancellationToken)
    {
        var results = new CaseResult[cases.Count];
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, options.Parallelism), CancellationToken = cancellationToken };
        await Parallel.ForEachAsync(Enumerable.Range(0, cases.Count), parallel, async (i, ct) => results[i] = await RunCaseAsync(setName, cases[i], ct));
        return results;
    }

    public async Task<CaseResult> RunCaseAsync(string setName, EvalCase evalCase, CancellationToken cancellationToken)
    {
        var (answer, actual, latency) = await AskAsync(evalCase, cancellationToken);
        var score = CaseScorer.Score(evalCase.Expect, actual);
        if (answer is not null && expectedRunner is not null && ExecutionMatcher.Applies(evalCase, score))
        {
            var (match, detail) = await ExecutionMatcher.MatchAsync(expectedRunner, evalCase, answer, cancellationToken);
            score = score with { ExecutionMatch = match, ExecutionDetail = detail };
        }
        return new CaseResult(evalCase.Id, setName, evalCase.File, evalCase.Lang, evalCase.Tags, evalCase.Question, evalCase.User, evalCase.Now,
            evalCase.Expect, actual, score, Math.Round(latency, 3));
    }

    private async Task<(Answer? Answer, ActualAnswer Actual, double LatencyMs)> AskAsync(EvalCase evalCase, CancellationToken cancellationToken)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(options.CaseTimeout);
        var watch = Stopwatch.StartNew();
        try
        {
            var answer = await ask.AskAsync(new AskRequest(evalCase.Question, evalCase.User, evalCase.Now), timeout.Token);
            return (answer, ActualAnswer.From(answer), watch.Elapsed.TotalMilliseconds);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return (null, ActualAnswer.Failed(ActualAnswer.TimeoutStatus, $"AskAsync did not finish within {options.CaseTimeout.TotalSeconds:0} s."), watch.Elapsed.TotalMilliseconds);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            return (null, ActualAnswer.Failed(ActualAnswer.ErrorStatus, $"{e.GetType().Name}: {e.Message}"), watch.Elapsed.TotalMilliseconds);
        }
    }
}
