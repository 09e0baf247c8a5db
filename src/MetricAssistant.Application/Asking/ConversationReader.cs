using System.Diagnostics;
using MetricAssistant.Application.Catalog;
using MetricAssistant.Application.Contracts;
using MetricAssistant.Application.Conversations;
using MetricAssistant.Application.Learning;
using MetricAssistant.Application.Security;
using MetricAssistant.Understanding;

namespace MetricAssistant.Application.Asking;

/// <summary>
/// Read: the question's meaning for this asker, merged with the previous question when it follows on from it. A
/// clarification answered (a click, or a reply in words choosing among what it offered) reads the question first
/// asked with the chosen metric, so the rest of that question (time, filters) is kept.
/// </summary>
internal sealed class ConversationReader(
    ICatalogProvider catalogs,
    UnderstandingProvider understanding,
    IQuestionPlanner planner,
    IConversationStore conversations)
{
    public async Task<QuestionReading> ReadAsync(string question, string? conversationId, ClarificationChoice? choice, Caller caller, DateTime now, CancellationToken cancellationToken)
    {
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
            result = new UnderstandingResult(UnderstandingOutcome.Query, result.Language, followUp.Query, [], followUp.Notices) { Ranking = followUp.Ranking, Opened = followUp.Opened };
        else
            previous = null;
        // One that names no metric ("the money one", when every option is money) and is no follow-up either is asked back too.
        if (pointing && clarified is null && followUp is null)
            (result, clarified) = (UnderstandingResult.Clarify(result.Language, last!.Offered), last.Question);
        return new QuestionReading(question, caller, catalog, access, result, conversation, previous, Math.Round(watch.Elapsed.TotalMilliseconds, 3)) { Context = last, Clarified = clarified };
    }
}
