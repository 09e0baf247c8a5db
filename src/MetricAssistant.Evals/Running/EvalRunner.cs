using System.Diagnostics;
using MetricAssistant.Application.Asking;
using MetricAssistant.Application.Contracts;
using MetricAssistant.Evals.Scoring;

namespace MetricAssistant.Evals.Running;

/// <summary>
/// Runs cases through <see cref="IAskService"/> in process, several at once (bounded by
/// <see cref="EvalRunnerOptions.Parallelism"/>), scores each, and adds the execution match when an
/// <see cref="IExpectedQueryRunner"/> is given. A case whose <c>AskAsync</c> throws or times out is a
/// failed case, never a crashed run. Results keep the cases' order. A conversation case's turns are asked
/// one after the other in one fresh conversation (the same path as the portal and Teams follow-ups), each
/// scored as a case; conversations run in parallel with each other and with single cases.
/// </summary>
public sealed class EvalRunner(IAskService ask, IExpectedQueryRunner? expectedRunner, EvalRunnerOptions options)
{
    public async Task<IReadOnlyList<CaseResult>> RunAsync(string setName, IReadOnlyList<EvalCase> cases, CancellationToken cancellationToken)
    {
        var results = new CaseResult[cases.Count];
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, options.Parallelism), CancellationToken = cancellationToken };
        await Parallel.ForEachAsync(Units(cases), parallel, async (unit, ct) =>
        {
            if (cases[unit[0]].Turn is null) results[unit[0]] = await RunCaseAsync(setName, cases[unit[0]], ct);
            else await RunConversationAsync(setName, unit.Select(i => cases[i]).ToArray(), ct, (turn, result) => results[unit[turn]] = result);
        });
        return results;
    }

    public async Task<CaseResult> RunCaseAsync(string setName, EvalCase evalCase, CancellationToken cancellationToken) =>
        (await RunAsync(setName, evalCase, new AskRequest(evalCase.Question, evalCase.User, evalCase.Now), null, cancellationToken)).Result;

    /// <summary>Asks a conversation's turns in order in one new conversation; a turn after a wrong one is still asked, on what the product answered.</summary>
    public async Task RunConversationAsync(string setName, IReadOnlyList<EvalCase> turns, CancellationToken cancellationToken, Action<int, CaseResult> done)
    {
        // A fresh id per run, as a new portal tab or Teams chat has: nothing of another case or run is context.
        var conversationId = "eval-" + Guid.NewGuid().ToString("N");
        Answer? previous = null;
        for (var i = 0; i < turns.Count; i++)
        {
            var (request, notOffered) = TurnRequest.For(turns[i], conversationId, previous);
            var (result, answer) = await RunAsync(setName, turns[i], request, notOffered, cancellationToken);
            done(i, result);
            previous = answer;
        }
    }

    private async Task<(CaseResult Result, Answer? Answer)> RunAsync(string setName, EvalCase evalCase, AskRequest? request, string? notOffered, CancellationToken cancellationToken)
    {
        var (answer, actual, latency) = request is null
            ? (null, ActualAnswer.Failed(ActualAnswer.NotOfferedStatus, notOffered ?? ""), 0)
            : await AskAsync(request, cancellationToken);
        var score = CaseScorer.Score(evalCase.Expect, actual);
        if (answer is not null && expectedRunner is not null && ExecutionMatcher.Applies(evalCase, score))
        {
            var (match, detail) = await ExecutionMatcher.MatchAsync(expectedRunner, evalCase, answer, cancellationToken);
            score = score with { ExecutionMatch = match, ExecutionDetail = detail };
        }
        // A turn reports the words it asked (a click: the clarified question with the metric, as the door sends it).
        var question = evalCase.Turn is null ? evalCase.Question : request?.Question ?? evalCase.Question;
        return (new CaseResult(evalCase.Id, setName, evalCase.File, evalCase.Lang, evalCase.Tags, question, evalCase.User, evalCase.Now,
            evalCase.Expect, actual, score, Math.Round(latency, 3), evalCase.Turn), answer);
    }

    private async Task<(Answer? Answer, ActualAnswer Actual, double LatencyMs)> AskAsync(AskRequest request, CancellationToken cancellationToken)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(options.CaseTimeout);
        var watch = Stopwatch.StartNew();
        try
        {
            var answer = await ask.AskAsync(request, timeout.Token);
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

    /// <summary>The units run in parallel: a single case alone, a conversation's turns together in their order.</summary>
    private static IReadOnlyList<IReadOnlyList<int>> Units(IReadOnlyList<EvalCase> cases)
    {
        var units = new List<List<int>>();
        var byConversation = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        for (var i = 0; i < cases.Count; i++)
        {
            if (cases[i].Turn is not { } turn) units.Add([i]);
            else if (byConversation.TryGetValue(turn.Conversation, out var turns)) turns.Add(i);
            else units.Add(byConversation[turn.Conversation] = [i]);
        }
        return units;
    }
}
