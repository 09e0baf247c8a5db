using System.Text;
using System.Diagnostics;
using MetricAssistant.Application.Answers;
using MetricAssistant.Application.Audit;
using MetricAssistant.Application.Contracts;
using MetricAssistant.Application.Conversations;
using MetricAssistant.Application.Execution;
using MetricAssistant.Application.Security;
using MetricAssistant.Catalog.Model;
using MetricAssistant.Understanding;
using MetricAssistant.Understanding.Text;
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
    public async Task<Answer> AskAsync(AskRequest request, Caller? caller, CancellationToken cancellationToken)
    {
        using var span = telemetry?.StartAnswer("ask");
        var total = Stopwatch.StartNew();
        var answer = await AnswerAsync(request, caller, total, cancellationToken);
        var recorded = await audit.RecordAsync(answer.Answer, answer.Caller ?? caller, "ask", Clip(request.Question), total, cancellationToken);
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
        if (Refusal(request) is { } refused) return (refused, authenticated);
        var (caller, now, contextError) = context.Resolve(authenticated, request.User, request.Now);
        if (contextError is not null) return (AnswerFactory.Invalid(contextError, request.Question), authenticated);

        var reading = await ReadAsync(request.Question!, request.ConversationId, request.Choice, caller!, now, cancellationToken);
        if (reading.Result.Outcome != UnderstandingOutcome.Query)
        {
            using var clarifying = telemetry?.StartStage(AnswerStage.Clarify);
            var back = Clarify(reading, total);
            clarifying?.Status(back.Status).Metrics(back.Alternatives.Select(a => a.Id));
            await RecordClarificationAsync(reading, back, cancellationToken);
            return (back, caller);
        }
        // Authorise: permissions are checked on what was understood (and on any pinned definition), before any SQL, so a refusal reveals no value.
        var (pinned, pinError, decision) = await AuthoriseAsync(reading, cancellationToken);
        if (pinned is null || decision is null) return (AnswerFactory.Invalid(pinError!, reading.Question, Timings(reading, total)) with { Query = QueryTranslator.ToDto(reading.Query) }, caller);
        if (!decision.Allowed) return (Denied(reading, decision, total), caller);
        // From here on the question is answered with the pinned definitions (the same catalog when nothing is pinned away).
        if (pinned.ReplacesDefinitions) reading = reading with { Catalog = pinned.Catalog, Access = new AccessEvaluator(pinned.Catalog) };
        var answer = await RunAsync(reading, decision, cancellationToken);
        string? message;
        using (var narrating = telemetry?.StartStage(AnswerStage.Narrate).Metrics(reading.Query.Metrics))
        {
            answer = await ExplainAsync(reading, decision, answer, cancellationToken);
            // Before the notices, so a follow-up's note still ends the message.
            if (freshness is not null) answer = await freshness.AttachAsync(answer, reading.Catalog, now, reading.Language, cancellationToken);
            message = Narrate(reading, decision, answer);
            narrating?.Status(answer.Status);
        }
        await RecordTurnAsync(reading, answer, cancellationToken);
        return (pinned.Label(Complete(reading, decision, answer, message, total), reading.Language), caller);
    }

    /// <summary>
    /// Read: the question's meaning for this asker, merged with the previous question when it follows on from it. A
    /// clarification answered (a click, or a reply in words choosing among what it offered) reads the question first
    /// asked with the chosen metric, so the rest of that question (time, filters) is kept.
    /// </summary>
    private async Task<QuestionReading> ReadAsync(string question, string? conversationId, ClarificationChoice? choice, Caller caller, DateTime now, CancellationToken cancellationToken)
    {
        using var span = telemetry?.StartStage(AnswerStage.Read);
        var catalog = catalogs.Current;
        var access = new AccessEvaluator(catalog);
        var watch = Stopwatch.StartNew();
        Func<string, bool> allow = id => access.CanSee(caller, id);
        var conversation = string.IsNullOrWhiteSpace(conversationId) ? null : ConversationKey.For(caller, conversationId);
        var last = conversation is null ? null : await conversations.LastAsync(conversation, cancellationToken);
        // "compare the two", "两个加起来": the two values of the last two answered turns, named.
        if (conversation is not null && last?.Query is not null && TwoValuesAnaphora.Says(question)
            && TwoValuesAnaphora.Resolve(catalog, question, await conversations.TurnsAsync(conversation, cancellationToken)) is { } named)
            question = named;
        var reader = understanding.For(catalog);
        // A click is read as its question with the chosen metric; the text sent with it is read only when that fails.
        var clicked = choice is { Question: { Length: > 0 } first, MetricId: { Length: > 0 } id }
            ? await ClarificationReading.ChosenAsync(reader, first, id, now, allow, cancellationToken) : null;
        var result = clicked ?? await planner.PlanAsync(catalog, question, now, allow, cancellationToken);
        var asked = clicked is null ? question : choice!.Question!;
        // A question back with one choice the asker may see ("单子" to a guest, who sees orders but not paid orders) is that
        // choice: asking would only ask them to agree.
        if (result.Outcome == UnderstandingOutcome.Clarify && !result.Notices.OfType<VaguePeriod>().Any()
            && result.Alternatives.Where(allow).ToArray() is [var only] && await ClarificationReading.ChosenAsync(reader, question, only, now, allow, cancellationToken) is { } alone)
            result = alone;
        var followUps = understanding.FollowUpsFor(catalog);
        var pointing = false;
        // "按渠道看看" names no metric but changes the answered question: a follow-up of it, not a reply choosing an option.
        // "第一个吧", "option 2" pick an option by its place: never a follow-up ("第一" is no top 1 there).
        if (clicked is null && last is { Offered.Count: > 0 } && (OptionPosition.Of(question, last.Offered.Count) is not null
                || !(result.Outcome != UnderstandingOutcome.Query && last.Query is { } answered
                && followUps.Interpret(question, result, answered, now, last.Ranking, last.Splits) is not null)))
            (result, asked, pointing) = await ClarificationReading.ReplyAsync(reader, last, question, result, now, allow, cancellationToken);
        // A reply naming a metric of its own while pointing at an option ("the visitors one") is asked back at once: read on,
        // it would be a swap of the answered question's metric.
        string? clarified = pointing && result.Outcome == UnderstandingOutcome.Query ? last!.Question : null;
        if (clarified is not null) result = UnderstandingResult.Clarify(result.Language, last!.Offered);
        // "上周的客户数" asked back, then "华东的": the question asked back, with the reply added to it.
        if (clicked is null && clarified is null && last is not null && await ClarificationReading.AddedAsync(reader, last, question, result, now, allow, cancellationToken) is { } added)
            (result, asked, question, pointing) = (added.Result, added.Question, added.Question, false);
        // The context a follow-up reads against: the last answered query (a question asked back keeps it).
        var previous = last?.Query is null || clarified is not null ? null : last;
        var followUp = previous is null ? null : followUps.Interpret(asked, result, previous.Query!, now, previous.Ranking, previous.Splits);
        // An invalid question stays the context only for a follow-up that mends it by taking a part away ("不分渠道" after a
        // split the metric lacks); any other follow-up reads against the answered question before it.
        if (previous?.AnsweredBefore is { Query: not null } before && !MendingFollowUp.Mends(catalog, followUp))
            (previous, followUp) = (before, followUps.Interpret(asked, result, before.Query!, now, before.Ranking, before.Splits));
        if (followUp is not null)
            result = new UnderstandingResult(UnderstandingOutcome.Query, result.Language, followUp.Query, [], followUp.Notices) { Ranking = followUp.Ranking };
        else
            previous = null;
        // One that names no metric ("the money one", when every option is money) and is no follow-up either is asked back too.
        if (pointing && clarified is null && followUp is null)
            (result, clarified) = (UnderstandingResult.Clarify(result.Language, last!.Offered), last.Question);
        span?.Status(result.Outcome.ToString().ToLowerInvariant()).Metrics(result.Outcome == UnderstandingOutcome.Query ? result.Query?.Metrics : result.Alternatives);
        return new QuestionReading(question, caller, catalog, access, result, conversation, previous, Math.Round(watch.Elapsed.TotalMilliseconds, 3)) { Context = last, Clarified = clarified };
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

    /// <summary>Clarify: a question back among the metrics the asker may see, or the nearest ones when nothing fits.</summary>
    private static Answer Clarify(QuestionReading reading, Stopwatch total)
    {
        var (catalog, access, caller, result) = (reading.Catalog, reading.Access, reading.Caller, reading.Result);
        var named = result.Alternatives.Select(catalog.FindMetric).OfType<MetricDefinition>().ToArray();
        var choices = named.Where(m => access.CanSee(caller, m.Id)).ToArray();
        // A word (or a question back) whose every choice is closed to the asker is a refusal, not a question back with nothing to choose.
        if ((result.Notices.OfType<AmbiguousWord>().Any() || result.Outcome == UnderstandingOutcome.Clarify && !result.Notices.OfType<VaguePeriod>().Any())
            && choices.Length == 0 && named.Length > 0)
            return AnswerFactory.Denied(AccessDecision.Deny("metric_denied", access.DeniedMessage(caller, named[0], reading.Zh)), Timings(reading, total), reading.Question);
        var clarify = result.Outcome == UnderstandingOutcome.Clarify;
        return new Answer
        {
            Status = clarify ? AnswerStatus.ClarificationNeeded : AnswerStatus.NotFound,
            Question = reading.Question,
            Message = clarify && result.Notices.OfType<VaguePeriod>().FirstOrDefault() is { } vague
                    ? AskMessages.WhichPeriod(vague.Words, vague.Metrics.Where(id => access.CanSee(caller, id)).Select(catalog.FindMetric).OfType<MetricDefinition>(), reading.Zh)
                : clarify ? AskMessages.Clarify(choices, reading.Zh)
                : RetiredMention.In(catalog, reading.Question) is { } retired ? RetiredMention.Message(catalog, retired, reading.Zh) + " " + AskMessages.NotFound(choices, reading.Zh)
                : result.Notices.OfType<NotUnderstood>().FirstOrDefault() is { } changer ? AskMessages.QuantityNotGoverned(changer.Text, choices, reading.Zh)
                : AskMessages.NotFound(choices, reading.Zh),
            Alternatives = choices.Select(m => AnswerFactory.Alternative(m, reading.Language)).ToArray(),
            Timings = Timings(reading, total),
        };
    }

    private static Answer Denied(QuestionReading reading, AccessDecision decision, Stopwatch total) =>
        AnswerFactory.Denied(decision, Timings(reading, total), reading.Question) with { FollowUpOf = reading.Previous?.Question };

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

    /// <summary>
    /// Narrate: an unreachable split is explained with what the metric can be split by; an answer states
    /// what it stands on and the choices made for the asker after its own message.
    /// </summary>
    private static string? Narrate(QuestionReading reading, AccessDecision decision, Answer answer)
    {
        var (catalog, query) = (reading.Catalog, reading.Query);
        if (answer.Error is { Code: "unreachable_dimension" } && catalog.FindMetric(query.Metrics[0]) is { } metric)
        {
            var reach = catalog.Reach.For(metric);
            var blocked = query.GroupBy.Concat(query.Filters.Select(f => f.Dimension)).FirstOrDefault(d => !reach.Reaches(d)) ?? "";
            return AskMessages.Unreachable(metric, blocked, reach.Dimensions, catalog, reading.Zh);
        }
        if (answer.Status != AnswerStatus.Answered) return answer.Message;
        IEnumerable<Notice> stated = decision.Scope.Count > 0 ? [new ScopeApplied(decision.Scope), .. reading.Result.Notices] : reading.Result.Notices;
        var notices = AskMessages.Notices(catalog, stated, reading.Zh);
        return notices.Count > 0 ? $"{answer.Message} {string.Join(" ", notices)}" : answer.Message;
    }

    /// <summary>
    /// Record a question asked back: the metrics offered, for a reply in words to choose among, beside the last answered
    /// query, which stays the context of follow-ups.
    /// </summary>
    private async Task RecordClarificationAsync(QuestionReading reading, Answer answer, CancellationToken cancellationToken)
    {
        if (answer.Status != AnswerStatus.ClarificationNeeded || answer.Alternatives.Count == 0 || reading.Conversation is not { } conversation) return;
        var context = reading.Context?.Query is null ? null : reading.Context;
        await conversations.AppendAsync(conversation, new ConversationTurn(reading.Clarified ?? reading.Question, context?.Query, time.GetUtcNow(), context?.Ranking)
        {
            Offered = [.. answer.Alternatives.Select(a => a.Id)],
            AnsweredBefore = context?.AnsweredBefore,
            Splits = context?.Splits ?? [],
        }, cancellationToken);
    }

    /// <summary>
    /// Record: answered questions become context, and so do invalid ones (understood, but asking for a split or value the
    /// metric does not have), which a follow-up may mend ("新增会员按渠道" then "不分渠道"); a refusal or an error leaves
    /// the previous one in place.
    /// </summary>
    private async Task RecordTurnAsync(QuestionReading reading, Answer answer, CancellationToken cancellationToken)
    {
        if (answer.Status is not (AnswerStatus.Answered or AnswerStatus.Invalid) || reading.Conversation is not { } conversation) return;
        // The answered turn an invalid one falls back on: the context before it, or what that context itself fell back on.
        var before = answer.Status == AnswerStatus.Invalid && reading.Context?.Query is not null ? reading.Context.AnsweredBefore ?? reading.Context : null;
        // The splits so far: a follow-up's add to those of the turn it followed; a new question starts afresh. An invalid split is none.
        var own = answer.Status == AnswerStatus.Answered ? reading.Query.GroupBy : [];
        IReadOnlyList<string> splits = [.. (reading.Previous?.Splits ?? []).Concat(own).Distinct(StringComparer.Ordinal)];
        await conversations.AppendAsync(conversation, new ConversationTurn(reading.Question, reading.Query, time.GetUtcNow(), reading.Result.Ranking)
        {
            AnsweredBefore = before is null ? null : before with { AnsweredBefore = null, Offered = [] },
            Splits = splits,
        }, cancellationToken);
    }

    private static Answer Complete(QuestionReading reading, AccessDecision decision, Answer answer, string? message, Stopwatch total) => answer with
    {
        FollowUpOf = reading.Previous?.Question,
        Question = reading.Question,
        Scope = decision.ScopeReasons,
        Query = answer.Query ?? QueryTranslator.ToDto(reading.Query),
        Message = message,
        // A deprecated metric answered by its replacement, or a part of the question left out, is also a warning, wherever the message is shown.
        Warnings = [.. answer.Warnings, .. reading.Result.Notices.Where(AskMessages.IsWarning).Select(n => AskMessages.Notice(reading.Catalog, n, reading.Zh)).OfType<string>()],
        Timings = answer.Timings with { UnderstandMs = reading.UnderstandMs, TotalMs = Math.Round(total.Elapsed.TotalMilliseconds, 3) },
    };

    private static TimingsDto Timings(QuestionReading reading, Stopwatch total) =>
        new(reading.UnderstandMs, 0, 0, Math.Round(total.Elapsed.TotalMilliseconds, 3));

    /// <summary>A question that cannot be read at all, or a conversation id too long to keep, is refused before anything reads it.</summary>
    private static Answer? Refusal(AskRequest request) =>
        (QuestionProblem(request.Question) ?? ConversationProblem(request.ConversationId) ?? ChoiceProblem(request.Choice)) is { } problem
            ? AnswerFactory.Invalid(problem, Clip(request.Question))
            : null;

    private static ErrorDto? ChoiceProblem(ClarificationChoice? choice) =>
        choice is not null && LearnedExampleService.ChoiceProblems(choice) is { Count: > 0 } problems ? new ErrorDto("invalid_choice", string.Join(" ", problems), []) : null;

    /// <summary>Empty, over-long or unreadable questions are refused before anything reads them.</summary>
    private static ErrorDto? QuestionProblem(string? question)
    {
        if (string.IsNullOrWhiteSpace(question)) return new ErrorDto("empty_question", "The question is empty.", []);
        if (question.Length > TextNormalizer.MaxLength)
            return new ErrorDto("question_too_long", $"The question is longer than {TextNormalizer.MaxLength} characters; ask one short question at a time.", []);
        // Counted in code points: an emoji (a surrogate pair) is text people type ("上个月的订单数😀"); a lone
        // surrogate, a replacement character or a control character is what binary looks like.
        var runes = 0;
        var unreadable = 0;
        var binary = false;
        foreach (var rune in question.EnumerateRunes())
        {
            runes++;
            if (rune == Rune.ReplacementChar || Rune.IsControl(rune) && !Rune.IsWhiteSpace(rune)) unreadable++;
            if (rune.Value == 0 || rune == Rune.ReplacementChar) binary = true;
        }
        if (binary || unreadable * 5 > runes)
            return new ErrorDto("unreadable_question", "The question contains characters that are not text.", []);
        return null;
    }

    private static ErrorDto? ConversationProblem(string? conversationId) => conversationId is { Length: > ConversationKey.MaxIdLength }
        ? new ErrorDto("conversation_id_too_long", $"The conversation id is longer than {ConversationKey.MaxIdLength} characters.", [])
        : null;

    private static string? Clip(string? question) => question is { Length: > 200 } ? question[..200] + "…" : question;
}
