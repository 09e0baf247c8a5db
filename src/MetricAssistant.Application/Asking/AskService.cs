using System.Text;
using System.Diagnostics;
using MetricAssistant.Application.Answers;
using MetricAssistant.Application.Audit;
using MetricAssistant.Application.Contracts;
using MetricAssistant.Application.Conversations;
using MetricAssistant.Application.Execution;
using MetricAssistant.Application.Security;
using MetricAssistant.Catalog.Model;
using MetricAssistant.Compiler.Plans;
using MetricAssistant.Understanding;
using MetricAssistant.Understanding.Text;
using MetricAssistant.Application.Catalog;
using MetricAssistant.Application.Identity;

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
    TimeProvider time) : IAskService
{
    public async Task<Answer> AskAsync(AskRequest request, Caller? caller, CancellationToken cancellationToken)
    {
        var total = Stopwatch.StartNew();
        var answer = await AnswerAsync(request, caller, total, cancellationToken);
        return await audit.RecordAsync(answer.Answer, answer.Caller ?? caller, "ask", Clip(request.Question), total, cancellationToken);
    }

    private async Task<(Answer Answer, Caller? Caller)> AnswerAsync(AskRequest request, Caller? authenticated, Stopwatch total, CancellationToken cancellationToken)
    {
        if (QuestionProblem(request.Question) is { } problem) return (AnswerFactory.Invalid(problem, Clip(request.Question)), authenticated);
        if (ConversationProblem(request.ConversationId) is { } idProblem) return (AnswerFactory.Invalid(idProblem, Clip(request.Question)), authenticated);
        var question = request.Question!;
        var (caller, now, contextError) = context.Resolve(authenticated, request.User, request.Now);
        if (contextError is not null) return (AnswerFactory.Invalid(contextError, question), authenticated);

        var catalog = catalogs.Current;
        var access = new AccessEvaluator(catalog);
        var watch = Stopwatch.StartNew();
        var result = await planner.PlanAsync(catalog, question, now, id => access.CanSee(caller!, id), cancellationToken);
        var conversation = string.IsNullOrWhiteSpace(request.ConversationId) ? null : ConversationKey.For(caller!, request.ConversationId);
        var previous = conversation is null ? null : await conversations.LastAsync(conversation, cancellationToken);
        if (previous is not null && understanding.FollowUpsFor(catalog).Interpret(question, result, previous.Query, now) is { } followUp)
            result = new UnderstandingResult(UnderstandingOutcome.Query, result.Language, followUp.Query, [], followUp.Notices);
        else
            previous = null;
        var understandMs = Math.Round(watch.Elapsed.TotalMilliseconds, 3);
        var zh = result.Language == "zh";
        var language = result.Language;

        if (result.Outcome != UnderstandingOutcome.Query)
        {
            var named = result.Alternatives.Select(catalog.FindMetric).OfType<MetricDefinition>().ToArray();
            var choices = named.Where(m => access.CanSee(caller!, m.Id)).ToArray();
            // A word whose every meaning is closed to the asker is a refusal, not a question back.
            if (result.Notices.Contains("ambiguous") && choices.Length == 0 && named.Length > 0)
            {
                var denial = AccessDecision.Deny("metric_denied", access.DeniedMessage(caller!, named[0], zh));
                return (AnswerFactory.Denied(denial, new TimingsDto(understandMs, 0, 0, Math.Round(total.Elapsed.TotalMilliseconds, 3)), question), caller);
            }
            return (new Answer
            {
                Status = result.Outcome == UnderstandingOutcome.Clarify ? AnswerStatus.ClarificationNeeded : AnswerStatus.NotFound,
                Question = question,
                Message = result.Outcome == UnderstandingOutcome.Clarify ? AskMessages.Clarify(choices, zh) : AskMessages.NotFound(choices, zh),
                Alternatives = choices.Select(m => new AlternativeDto(m.Id, m.Name.For(language))).ToArray(),
                Timings = new TimingsDto(understandMs, 0, 0, Math.Round(total.Elapsed.TotalMilliseconds, 3)),
            }, caller);
        }

        var query = result.Query!;
        // Permissions are checked on what was understood, before any SQL: a refusal reveals no value.
        var decision = access.Check(caller!, query, language);
        if (!decision.Allowed)
            return (AnswerFactory.Denied(decision, new TimingsDto(understandMs, 0, 0, Math.Round(total.Elapsed.TotalMilliseconds, 3)), question) with { FollowUpOf = previous?.Question }, caller);
        var answer = await queries.ExecuteAsync(catalog, query with { Scope = decision.Scope }, language, cancellationToken);
        var notices = result.Notices.Select(n => AskMessages.Notice(catalog, n, zh)).OfType<string>().ToList();
        var message = answer.Message;
        if (answer.Error is { Code: "unreachable_dimension" } && catalog.FindMetric(query.Metrics[0]) is { } metric)
        {
            var planner = new PlanBuilder(catalog);
            var reachable = planner.ReachableDimensions(metric);
            var blocked = query.GroupBy.Concat(query.Filters.Select(f => f.Dimension)).FirstOrDefault(d => !reachable.Contains(d)) ?? "";
            message = AskMessages.Unreachable(metric, blocked, reachable, catalog, zh);
        }
        else if (answer.Status == AnswerStatus.Answered)
        {
            if (decision.ScopeReasons.Count > 0) notices.Insert(0, AskMessages.Scope(catalog, decision.ScopeReasons, zh));
            if (previous is not null) notices.Insert(0, AskMessages.FollowUp(catalog, previous.Query, zh));
            if (notices.Count > 0) message = $"{message} {string.Join(" ", notices)}";
            // Only answered questions become context: a refusal or an error leaves the previous one in place.
            if (conversation is not null) await conversations.AppendAsync(conversation, new ConversationTurn(question, query, time.GetUtcNow()), cancellationToken);
        }
        return (answer with
        {
            FollowUpOf = previous?.Question,
            Question = question,
            Scope = decision.ScopeReasons,
            Query = answer.Query ?? QueryTranslator.ToDto(query),
            Message = message,
            Warnings = [.. answer.Warnings, .. result.Notices.Where(n => n.StartsWith("deprecated:", StringComparison.Ordinal)).Select(n => AskMessages.Notice(catalog, n, zh)!)],
            Timings = answer.Timings with { UnderstandMs = understandMs, TotalMs = Math.Round(total.Elapsed.TotalMilliseconds, 3) },
        }, caller);
    }

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
