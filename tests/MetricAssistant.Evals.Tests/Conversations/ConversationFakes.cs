using MetricAssistant.Application.Contracts;
using static MetricAssistant.Evals.Tests.Harness.HarnessFakes;

namespace MetricAssistant.Evals.Tests.Conversations;

/// <summary>Conversation cases built in code, and a pipeline that records what each conversation was asked.</summary>
internal static class ConversationFakes
{
    /// <summary>The turns of one conversation case, as the loader makes them.</summary>
    public static IReadOnlyList<EvalCase> Conversation(string id, string lang, string kind, params (string? Question, string? Choose, EvalExpectation Expect)[] turns) =>
        turns.Select((t, i) => new EvalCase(EvalTurn.IdOf(id, i + 1), t.Question ?? EvalTurn.ChooseText(t.Choose!), "ceo", "2025-07-15T10:00:00", lang,
            ["conversation", kind], t.Expect, "conversation.yaml", false, new EvalTurn(id, i + 1, turns.Length, t.Choose))).ToArray();

    public static (string?, string?, EvalExpectation) Turn(string question, EvalExpectation expect) => (question, null, expect);

    public static (string?, string?, EvalExpectation) Click(string metric, EvalExpectation expect) => (null, metric, expect);

    /// <summary>The answer a pipeline gives to a question expected as <paramref name="expect"/>.</summary>
    public static Answer AnswerAs(string question, EvalExpectation expect) => new()
    {
        Status = expect.Status,
        Question = question,
        Query = expect.Query,
        Rows = expect.Query is null ? [] : RowsFor(expect.Query),
        Metric = expect.Query?.Metrics is { Count: > 0 } m ? new MetricRefDto(m[0], m[0], 1, "finance", true, "published") : null,
        Alternatives = expect.Alternatives.Select(a => new AlternativeDto(a, a)).ToArray(),
    };

    /// <summary>
    /// Answers each question from a table keyed by its words (a click's words included), records every request in the
    /// order it came, and notes when two questions of one conversation were ever in flight at once.
    /// </summary>
    public sealed class RecordingAsk(IReadOnlyDictionary<string, Answer> answers, TimeSpan delay) : Application.Asking.IAskService
    {
        private readonly Lock gate = new();
        private readonly Dictionary<string, int> inFlight = new(StringComparer.Ordinal);
        private int running;

        public List<AskRequest> Requests { get; } = [];

        public bool OverlappedWithinAConversation { get; private set; }

        public int PeakRunning { get; private set; }

        public Task<Answer> AskAsync(AskRequest request, Application.Security.Caller? caller, CancellationToken cancellationToken) => AskAsync(request, cancellationToken);

        public async Task<Answer> AskAsync(AskRequest request, CancellationToken cancellationToken)
        {
            var key = request.ConversationId ?? "";
            lock (gate)
            {
                Requests.Add(request);
                inFlight[key] = inFlight.GetValueOrDefault(key) + 1;
                if (key.Length > 0 && inFlight[key] > 1) OverlappedWithinAConversation = true;
                PeakRunning = Math.Max(PeakRunning, ++running);
            }
            await Task.Delay(delay, cancellationToken);
            lock (gate)
            {
                inFlight[key]--;
                running--;
            }
            return answers.TryGetValue(request.Question!, out var answer) ? answer : new Answer { Status = AnswerStatus.NotFound, Question = request.Question };
        }
    }
}
