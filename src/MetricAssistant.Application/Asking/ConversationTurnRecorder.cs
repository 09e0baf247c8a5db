using MetricAssistant.Application.Contracts;
using MetricAssistant.Application.Conversations;

namespace MetricAssistant.Application.Asking;

/// <summary>What a conversation keeps of each turn, so that the next question can be read against it.</summary>
internal sealed class ConversationTurnRecorder(IConversationStore conversations, TimeProvider time)
{
    /// <summary>
    /// A question asked back: the metrics offered, for a reply in words to choose among, beside the last answered
    /// query, which stays the context of follow-ups.
    /// </summary>
    public async Task RecordClarificationAsync(QuestionReading reading, Answer answer, CancellationToken cancellationToken)
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
    /// Answered questions become context, and so do invalid ones (understood, but asking for a split or value the
    /// metric does not have), which a follow-up may mend ("新增会员按渠道" then "不分渠道"); a refusal or an error leaves
    /// the previous one in place.
    /// </summary>
    public async Task RecordTurnAsync(QuestionReading reading, Answer answer, CancellationToken cancellationToken)
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
}
