using MetricAssistant.Application.Security;
using System.Text.Json;
using MetricAssistant.Application.Asking;
using MetricAssistant.Application.Contracts;
using MetricAssistant.Evals.Scoring;

namespace MetricAssistant.Evals.Tests.Harness;

/// <summary>Fakes for the harness: an oracle pipeline that answers exactly what each case expects, and an expected-query runner.</summary>
internal static class HarnessFakes
{
    public static QueryDto Query(string metric = "gmv", string start = "2025-06-01", string end = "2025-07-01", IReadOnlyList<string>? groupBy = null,
        IReadOnlyList<QueryFilterDto>? filters = null, string? grain = null, IReadOnlyList<OrderByDto>? orderBy = null, int? limit = null, string? compare = null) =>
        new([metric], groupBy ?? [], filters ?? [], new TimeRangeDto(start, end), grain, orderBy ?? [], limit, compare);

    public static EvalCase Case(string id, EvalExpectation expect, string question = "q", string lang = "zh", IReadOnlyList<string>? tags = null, bool heldOut = false) =>
        new(id, question + " " + id, "ceo", "2025-07-15T10:00:00", lang, tags ?? ["time"], expect, "test.yaml", heldOut);

    public static EvalExpectation Answered(QueryDto query, params string[] alternatives) => new(AnswerStatus.Answered, query, alternatives, null);

    public static EvalExpectation Other(string status, params string[] alternatives) => new(status, null, alternatives, null);

    /// <summary>Rows that depend only on the query, so that the same query always gives the same rows.</summary>
    public static IReadOnlyList<IReadOnlyList<object?>> RowsFor(QueryDto query)
    {
        var seed = JsonSerializer.Serialize(query, ContractJson.Options).Aggregate(17L, (h, c) => (h * 31 + c) % 1_000_003);
        return [["east", seed * 1.5m], ["south", seed / 7.0]];
    }

    /// <summary>The answer a perfect pipeline gives for a case.</summary>
    public static Answer Perfect(EvalCase c)
    {
        var query = c.Expect.Status == AnswerStatus.Answered ? c.Expect.Query : null;
        return new Answer
        {
            Status = c.Expect.Status,
            Question = c.Question,
            Metric = query?.Metrics is { Count: > 0 } m ? new MetricRefDto(m[0], m[0], 1, "finance", true, "published") : null,
            Query = query,
            Rows = query is null ? [] : RowsFor(query),
            Alternatives = c.Expect.Alternatives.Select(a => new AlternativeDto(a, a)).ToArray(),
            Message = "ok",
            Scope = (c.Expect.Scope ?? []).Select(f => new ScopeDto(f.Dimension ?? "", f.Op ?? "in", f.Values ?? [], "row rule")).ToArray(),
        };
    }

    /// <summary>A pipeline answering from a table of cases, optionally spoiling some answers.</summary>
    public sealed class OracleAsk(IEnumerable<EvalCase> cases, Func<EvalCase, Answer, Answer>? spoil = null) : IAskService
    {
        private readonly Dictionary<(string?, string?, string?), EvalCase> byRequest = cases
            .GroupBy(c => ((string?)c.Question, (string?)c.User, (string?)c.Now)).ToDictionary(g => g.Key, g => g.First());

        public int Calls;

        public Task<Answer> AskAsync(AskRequest request, Caller? caller, CancellationToken cancellationToken) => AskAsync(request, cancellationToken);

        public Task<Answer> AskAsync(AskRequest request, CancellationToken cancellationToken)
        {
            Interlocked.Increment(ref Calls);
            var c = byRequest[(request.Question, request.User, request.Now)];
            var answer = Perfect(c);
            return Task.FromResult(spoil is null ? answer : spoil(c, answer));
        }
    }

    /// <summary>Answers every question with the same function.</summary>
    public sealed class FuncAsk(Func<AskRequest, CancellationToken, Task<Answer>> answer) : IAskService
    {
        public Task<Answer> AskAsync(AskRequest request, CancellationToken cancellationToken) => answer(request, cancellationToken);

        public Task<Answer> AskAsync(AskRequest request, Caller? caller, CancellationToken cancellationToken) => answer(request, cancellationToken);
    }

    /// <summary>Runs the expected query "on the warehouse": the deterministic rows of <see cref="RowsFor"/>.</summary>
    public sealed class RowsRunner : IExpectedQueryRunner
    {
        public int Calls;

        public Task<Answer> RunAsync(QueryDto expected, EvalCase evalCase, CancellationToken cancellationToken)
        {
            Interlocked.Increment(ref Calls);
            return Task.FromResult(new Answer { Status = AnswerStatus.Answered, Query = expected, Rows = RowsFor(expected) });
        }
    }
}
