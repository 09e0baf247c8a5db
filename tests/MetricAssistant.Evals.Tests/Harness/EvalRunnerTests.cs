using MetricAssistant.Application.Contracts;
using MetricAssistant.Evals.Running;
using MetricAssistant.Evals.Scoring;
using static MetricAssistant.Evals.Tests.Harness.HarnessFakes;

namespace MetricAssistant.Evals.Tests.Harness;

public sealed class EvalRunnerTests
{
    private static readonly EvalRunnerOptions Options = new(8, TimeSpan.FromSeconds(10));

    private static IReadOnlyList<EvalCase> Cases() =>
    [
        Case("a-zh-001", Answered(Query("gmv"), "gmv_ordered")),
        Case("a-zh-002", Answered(Query("order_count", groupBy: ["region"], orderBy: [new("order_count", true)]))),
        Case("c-en-001", Other(AnswerStatus.ClarificationNeeded, "conversion_rate"), lang: "en", tags: ["clarification"]),
        Case("d-en-001", Other(AnswerStatus.Denied), lang: "en", tags: ["permission"]),
    ];

    [Fact]
    public async Task A_perfect_pipeline_passes_every_case_and_every_execution_match()
    {
        var cases = Cases();
        var rows = new RowsRunner();
        var results = await new EvalRunner(new OracleAsk(cases), rows, Options).RunAsync("golden", cases, CancellationToken.None);

        Assert.Equal(cases.Select(c => c.Id), results.Select(r => r.Id));
        Assert.All(results, r => Assert.True(r.Score.Passed, r.Id));
        Assert.All(results, r => Assert.Equal("golden", r.Set));
        Assert.Equal(2, rows.Calls);
        Assert.Equal([true, true, null, null], results.Select(r => r.Score.ExecutionMatch));
    }

    [Fact]
    public async Task Wrong_rows_under_a_right_query_fail_the_execution_match_only()
    {
        var cases = Cases();
        var ask = new OracleAsk(cases, (c, a) => a.Query is null ? a : a with { Rows = [["east", 1.0]] });
        var results = await new EvalRunner(ask, new RowsRunner(), Options).RunAsync("golden", cases, CancellationToken.None);

        var first = results[0];
        Assert.True(first.Score.Passed);
        Assert.False(first.Score.ExecutionMatch);
        Assert.Contains("expected 2 rows, got 1", first.Score.ExecutionDetail);
    }

    [Fact]
    public async Task The_execution_match_is_not_measured_when_the_metric_is_wrong()
    {
        var cases = Cases();
        var rows = new RowsRunner();
        var ask = new OracleAsk(cases, (c, a) => a.Query is null ? a : a with { Query = a.Query with { Metrics = ["gmv_net"] } });
        var results = await new EvalRunner(ask, rows, Options).RunAsync("golden", cases, CancellationToken.None);

        Assert.Equal(0, rows.Calls);
        Assert.All(results.Take(2), r => Assert.Null(r.Score.ExecutionMatch));
        Assert.All(results.Take(2), r => Assert.False(r.Score.MetricRight));
    }

    [Fact]
    public async Task An_expected_query_that_does_not_run_is_an_execution_mismatch_with_its_reason()
    {
        var cases = Cases();
        var failing = new FailingRunner();
        var results = await new EvalRunner(new OracleAsk(cases), failing, Options).RunAsync("golden", cases, CancellationToken.None);
        Assert.False(results[0].Score.ExecutionMatch);
        Assert.Contains("unknown_dimension", results[0].Score.ExecutionDetail);
    }

    [Fact]
    public async Task A_throwing_or_hanging_pipeline_fails_the_case_not_the_run()
    {
        var cases = Cases();
        var ask = new FuncAsk(async (request, ct) =>
        {
            if (request.Question!.Contains("a-zh-001")) throw new InvalidOperationException("boom");
            if (request.Question!.Contains("a-zh-002")) await Task.Delay(Timeout.Infinite, ct);
            return new Answer { Status = AnswerStatus.Denied };
        });
        var results = await new EvalRunner(ask, null, Options with { CaseTimeout = TimeSpan.FromMilliseconds(200) }).RunAsync("golden", cases, CancellationToken.None);

        Assert.Equal(ActualAnswer.ErrorStatus, results[0].Actual.Status);
        Assert.Contains("boom", results[0].Actual.Message);
        Assert.Equal(ActualAnswer.TimeoutStatus, results[1].Actual.Status);
        Assert.False(results[0].Score.Passed);
        Assert.False(results[1].Score.Passed);
        Assert.True(results[3].Score.Passed);
    }

    [Fact]
    public async Task Cases_run_in_parallel_within_the_bound_and_latency_is_measured()
    {
        var cases = Enumerable.Range(1, 40).Select(i => Case($"p-zh-{i:000}", Other(AnswerStatus.Denied))).ToArray();
        var running = 0;
        var peak = 0;
        var ask = new FuncAsk(async (_, ct) =>
        {
            var now = Interlocked.Increment(ref running);
            InterlockedMax(ref peak, now);
            await Task.Delay(30, ct);
            Interlocked.Decrement(ref running);
            return new Answer { Status = AnswerStatus.Denied };
        });
        var results = await new EvalRunner(ask, null, Options with { Parallelism = 4 }).RunAsync("golden", cases, CancellationToken.None);

        Assert.InRange(peak, 2, 4);
        Assert.All(results, r => Assert.True(r.LatencyMs >= 25, $"{r.Id}: {r.LatencyMs} ms"));
    }

    private static void InterlockedMax(ref int target, int value)
    {
        int seen;
        while ((seen = Volatile.Read(ref target)) < value && Interlocked.CompareExchange(ref target, value, seen) != seen) { }
    }

    private sealed class FailingRunner : IExpectedQueryRunner
    {
        public Task<Answer> RunAsync(QueryDto expected, EvalCase evalCase, CancellationToken cancellationToken) =>
            Task.FromResult(new Answer { Status = AnswerStatus.Invalid, Message = "no such dimension", Error = new ErrorDto("unknown_dimension", "no such dimension", []) });
    }
}
