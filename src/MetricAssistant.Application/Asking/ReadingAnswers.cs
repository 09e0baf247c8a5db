using System.Diagnostics;
using MetricAssistant.Application.Answers;
using MetricAssistant.Application.Contracts;
using MetricAssistant.Application.Security;
using MetricAssistant.Catalog.Model;
using MetricAssistant.Understanding;

namespace MetricAssistant.Application.Asking;

/// <summary>
/// The answer the asker sees, made from the question's reading: a question back, a refusal, or the answered query with
/// a message that states what it stands on.
/// </summary>
internal static class ReadingAnswers
{
    /// <summary>Clarify: a question back among the metrics the asker may see, or the nearest ones when nothing fits.</summary>
    public static Answer Clarify(QuestionReading reading, Stopwatch total)
    {
        var (catalog, access, caller, result) = (reading.Catalog, reading.Access, reading.Caller, reading.Result);
        var named = result.Alternatives.Select(catalog.FindMetric).OfType<MetricDefinition>().ToArray();
        var choices = named.Where(m => access.CanSee(caller, m.Id)).ToArray();
        // A word (or a question back) whose every choice is closed to the asker is a refusal, not a question back with nothing to choose;
        // a choice the asker sees but whose rows their scope cannot reach (members for an online-only scope) is closed as well.
        if ((result.Notices.OfType<AmbiguousWord>().Any() || result.Outcome == UnderstandingOutcome.Clarify && !result.Notices.OfType<VaguePeriod>().Any())
            && named.Length > 0 && !named.Any(m => access.CanAsk(caller, m.Id)))
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

    public static Answer Denied(QuestionReading reading, AccessDecision decision, Stopwatch total) =>
        AnswerFactory.Denied(decision, Timings(reading, total), reading.Question) with { FollowUpOf = reading.Previous?.Question };

    /// <summary>
    /// Narrate: an unreachable split is explained with what the metric can be split by; an answer states
    /// what it stands on and the choices made for the asker after its own message.
    /// </summary>
    public static string? Narrate(QuestionReading reading, AccessDecision decision, Answer answer)
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
        var notices = AskMessages.Notices(catalog, stated, reading.Zh, query.Metrics);
        return notices.Count > 0 ? $"{answer.Message} {string.Join(" ", notices)}" : answer.Message;
    }

    public static Answer Complete(QuestionReading reading, AccessDecision decision, Answer answer, string? message, Stopwatch total) => answer with
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

    public static TimingsDto Timings(QuestionReading reading, Stopwatch total) =>
        new(reading.UnderstandMs, 0, 0, Math.Round(total.Elapsed.TotalMilliseconds, 3));
}
