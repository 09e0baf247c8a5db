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

    /// <summary>
    /// A pipeline answering from a table of cases, optionally spoiling some answers. A question in a conversation is
    /// answered as the turn of the first conversation case whose turns so far were asked in that conversation (a
    /// click as the runner sends it: the clarified question and the metric).
    /// </summary>
    public sealed class OracleAsk(IEnumerable<EvalCase> cases, Func<EvalCase, Answer, Answer>? spoil = null) : IAskService
    {
        private readonly Dictionary<(string?, string?, string?), EvalCase> byRequest = cases.Where(c => c.Turn is null)
            .GroupBy(c => ((string?)c.Question, (string?)c.User, (string?)c.Now)).ToDictionary(g => g.Key, g => g.First());

        private readonly EvalCase[][] conversations = cases.Where(c => c.Turn is not null).GroupBy(c => c.Turn!.Conversation).Select(g => g.ToArray()).ToArray();

        private readonly System.Collections.Concurrent.ConcurrentDictionary<string, List<string>> asked = new();

        public int Calls;

        public Task<Answer> AskAsync(AskRequest request, Caller? caller, CancellationToken cancellationToken) => AskAsync(request, cancellationToken);

        public Task<Answer> AskAsync(AskRequest request, CancellationToken cancellationToken)
        {
            Interlocked.Increment(ref Calls);
            var c = request.ConversationId is { } id ? TurnOf(id, request.Question!) : byRequest[(request.Question, request.User, request.Now)];
            var answer = Perfect(c);
            return Task.FromResult(spoil is null ? answer : spoil(c, answer));
        }

        private EvalCase TurnOf(string conversationId, string question)
        {
            var history = asked.GetOrAdd(conversationId, _ => []);
            lock (history)
            {
                history.Add(question);
                return conversations.First(turns => turns.Length >= history.Count && history.Select((q, i) => q == AskedAs(turns, i)).All(same => same))[history.Count - 1];
            }
        }

        private static string AskedAs(EvalCase[] turns, int i) => turns[i].Turn!.Choose is { } metric ? turns[i - 1].Question + " " + metric : turns[i].Question;
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
