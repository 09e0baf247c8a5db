using System.Diagnostics;
using MetricAssistant.Application.Answers;
using MetricAssistant.Application.Audit;
using MetricAssistant.Application.Contracts;
using MetricAssistant.Application.Conversations;
using MetricAssistant.Application.Execution;
using MetricAssistant.Application.Security;
using MetricAssistant.Understanding;
using MetricAssistant.Application.Catalog;
using MetricAssistant.Application.Identity;
using MetricAssistant.Application.Learning;
using MetricAssistant.Application.Governance.Freshness;
using MetricAssistant.Application.Governance.Versions;
using MetricAssistant.Application.Telemetry;

namespace MetricAssistant.Application.Asking;

/// <summary>
/// Question → understanding → governed query → answer. Nothing but the compiler writes SQL; the
/// understanding only picks catalog metrics and parameters. With a conversation id, a question that
/// names only part of one ("那华南呢", "and last year?") is read against the caller's previous answered
/// question in that conversation, and the merged query is checked and run exactly as a fresh one.
/// </summary>
public sealed class AskService(
    ICatalogProvider catalogs,
    QueryService queries,
    RequestContext context,
    UnderstandingProvider understanding, IQuestionPlanner planner,
    AnswerAudit audit,
    IConversationStore conversations,
    TimeProvider time,
    LearnedExampleService? learning = null,
    FreshnessService? freshness = null,
    AnswerTelemetry? telemetry = null) : IAskService
{
    private readonly ConversationReader reader = new(catalogs, understanding, planner, conversations);
    private readonly ConversationTurnRecorder turns = new(conversations, time);

    public async Task<Answer> AskAsync(AskRequest request, Caller? caller, CancellationToken cancellationToken)
    {
        using var span = telemetry?.StartAnswer("ask");
        var total = Stopwatch.StartNew();
        var answer = await AnswerAsync(request, caller, total, cancellationToken);
        var recorded = await audit.RecordAsync(answer.Answer, answer.Caller ?? caller, "ask", AskRequestChecks.Clip(request.Question), total, cancellationToken);
        telemetry?.Answered(span, "ask", recorded.Status, MetricIds(recorded));
        // A clarification choice, once answered, is learned as an example of the question first asked.
        if (request.Choice is { } choice && learning is not null && answer.Caller is { } asker)
            await learning.RecordChoiceAsync(choice, recorded, asker, cancellationToken);
        return recorded;
    }

    /// <summary>The metrics an answer is about, for telemetry: ids only.</summary>
    internal static IEnumerable<string> MetricIds(Answer answer) =>
        answer.Metric?.Id is { } id ? [id] : answer.Query?.Metrics ?? [];

    private async Task<(Answer Answer, Caller? Caller)> AnswerAsync(AskRequest request, Caller? authenticated, Stopwatch total, CancellationToken cancellationToken)
    {
        if (AskRequestChecks.Refusal(request) is { } refused) return (refused, authenticated);
        var (caller, now, contextError) = context.Resolve(authenticated, request.User, request.Now);
        if (contextError is not null) return (AnswerFactory.Invalid(contextError, request.Question), authenticated);

        var reading = await ReadAsync(request, caller!, now, cancellationToken);
        if (reading.Result.Outcome != UnderstandingOutcome.Query)
        {
            using var clarifying = telemetry?.StartStage(AnswerStage.Clarify);
            var back = ReadingAnswers.Clarify(reading, total);
            clarifying?.Status(back.Status).Metrics(back.Alternatives.Select(a => a.Id));
            await turns.RecordClarificationAsync(reading, back, cancellationToken);
            return (back, caller);
        }
        // Authorise: permissions are checked on what was understood (and on any pinned definition), before any SQL, so a refusal reveals no value.
        var (pinned, pinError, decision) = await AuthoriseAsync(reading, cancellationToken);
        if (pinned is null || decision is null) return (AnswerFactory.Invalid(pinError!, reading.Question, ReadingAnswers.Timings(reading, total)) with { Query = QueryTranslator.ToDto(reading.Query) }, caller);
        // "全国的呢" from a manager who sees one region: every region is asked for, more than the scope holds.
        if (decision.Allowed && reading.Access.OpenedBeyondScope(decision.Scope, reading.Result.Opened, reading.Zh) is { } beyond) decision = beyond;
        if (!decision.Allowed) return (ReadingAnswers.Denied(reading, decision, total), caller);
        // "本区域", "my channels": the asker's own part, now that their scope is known, is no split.
        reading = OwnScopeSplits.Apply(reading, decision.Scope);
        // From here on the question is answered with the pinned definitions (the same catalog when nothing is pinned away).
        if (pinned.ReplacesDefinitions) reading = reading with { Catalog = pinned.Catalog, Access = new AccessEvaluator(pinned.Catalog) };
        var answer = await RunAsync(reading, decision, cancellationToken);
        string? message;
        using (var narrating = telemetry?.StartStage(AnswerStage.Narrate).Metrics(reading.Query.Metrics))
        {
            answer = await ExplainAsync(reading, decision, answer, cancellationToken);
            // Before the notices, so a follow-up's note still ends the message.
            if (freshness is not null) answer = await freshness.AttachAsync(answer, reading.Catalog, now, reading.Language, cancellationToken);
            message = ReadingAnswers.Narrate(reading, decision, answer);
            narrating?.Status(answer.Status);
        }
        await turns.RecordTurnAsync(reading, answer, cancellationToken);
        return (pinned.Label(ReadingAnswers.Complete(reading, decision, answer, message, total), reading.Language), caller);
    }

    /// <summary>Read, timed as its own stage: what the question means in its conversation.</summary>
    private async Task<QuestionReading> ReadAsync(AskRequest request, Caller caller, DateTime now, CancellationToken cancellationToken)
    {
        using var span = telemetry?.StartStage(AnswerStage.Read);
        var reading = await reader.ReadAsync(request.Question!, request.ConversationId, request.Choice, caller, now, cancellationToken);
        var result = reading.Result;
        span?.Status(result.Outcome.ToString().ToLowerInvariant()).Metrics(result.Outcome == UnderstandingOutcome.Query ? result.Query?.Metrics : result.Alternatives);
        return reading;
    }

    /// <summary>Authorise: the pinned definitions resolved and the asker's rights on them.</summary>
    private async Task<(PinnedCatalog? Pinned, ErrorDto? Error, AccessDecision? Decision)> AuthoriseAsync(QuestionReading reading, CancellationToken cancellationToken)
    {
        using var span = telemetry?.StartStage(AnswerStage.Authorise).Metrics(reading.Query.Metrics);
        var (pinned, pinError) = await queries.Pins.ResolveAsync(reading.Catalog, reading.Query, reading.Language, cancellationToken);
        var decision = pinned?.Authorise(reading.Caller, reading.Query, reading.Language);
        span?.Status(decision is null ? "invalid_pin" : decision.Allowed ? "allowed" : "denied", failed: decision is null);
        return (pinned, pinError, decision);
    }

    /// <summary>Run: the governed query, within the asker's scope, compiled and executed.</summary>
    private Task<Answer> RunAsync(QuestionReading reading, AccessDecision decision, CancellationToken cancellationToken) =>
        queries.ExecuteAsync(reading.Catalog, reading.Query with { Scope = decision.Scope }, reading.Language, cancellationToken);

    /// <summary>Explain: a "why" question gets where its change came from, by the metric's main dimensions, within the asker's scope.</summary>
    private async Task<Answer> ExplainAsync(QuestionReading reading, AccessDecision decision, Answer answer, CancellationToken cancellationToken)
    {
        if (!reading.Query.Explain || answer.Status != AnswerStatus.Answered || answer.Rows.Count != 1) return answer;
        var change = answer.Columns.ToList().FindIndex(c => c.Role == Compiler.ColumnRole.Change);
        var total = change < 0 ? null : Formatting.RowValues.Number(answer.Rows[0][change]);
        var contributions = await new ChangeContributions(queries).SplitAsync(reading.Catalog, reading.Query with { Scope = decision.Scope }, total, reading.Language, cancellationToken);
        var line = ChangeContributions.Describe(reading.Catalog, reading.Catalog.Metrics[reading.Query.Metrics[0]], contributions, reading.Language);
        return answer with { Contributions = contributions, Message = line is null ? answer.Message : $"{answer.Message} {line}" };
    }
}
