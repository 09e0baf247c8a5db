using MetricAssistant.Application.Conversations;
using MetricAssistant.Understanding;

namespace MetricAssistant.Application.Asking;

/// <summary>A question read with a metric the asker chose for it: by a click, by a reply in words, or as the only choice they may see.</summary>
internal static class ClarificationReading
{
    /// <summary>
    /// A reply in words to the question asked back before: the question first asked, read with the option the reply chooses
    /// ("the paid one"); or the reply as read, and whether it points at an option without choosing one ("the visitors one").
    /// </summary>
    public static async Task<(UnderstandingResult Result, string Asked, bool Pointing)> ReplyAsync(QuestionUnderstanding reader, ConversationTurn last, string question,
        UnderstandingResult result, DateTime now, Func<string, bool> allow, CancellationToken cancellationToken) =>
        reader.ChosenBy(question, result, last.Offered) is { } replied && await ChosenAsync(reader, last.Question, replied, now, allow, cancellationToken) is { } read
            ? (read, last.Question, false)
            : (result, question, ClarificationReplies.PointsAtAnOption(question, result, last.Offered));

    /// <summary>
    /// "上周的客户数" asked back, then "华东的": with no answered question to follow up on, a reply naming no metric adds to
    /// the question asked back, which is read again with it (asked back again, or answered when the addition settles it);
    /// the answer is about the whole question, which a click on a choice then sends back. Null when the reply is no such addition.
    /// </summary>
    public static async Task<(UnderstandingResult Result, string Question)?> AddedAsync(QuestionUnderstanding reader, ConversationTurn last, string question,
        UnderstandingResult result, DateTime now, Func<string, bool> allow, CancellationToken cancellationToken)
    {
        if (last is not { Offered.Count: > 0, Query: null } || !result.Notices.OfType<NoMetricNamed>().Any()) return null;
        var whole = $"{last.Question} {question}";
        var joined = await reader.UnderstandAsync(whole, now, allow, cancellationToken);
        return joined.Outcome == UnderstandingOutcome.Query || joined.Outcome == UnderstandingOutcome.Clarify && joined.Alternatives.All(last.Offered.Contains)
            ? (joined, whole) : null;
    }

    /// <summary>The question read with <paramref name="metric"/> chosen for it, or null when it still does not read as a query.</summary>
    public static async Task<UnderstandingResult?> ChosenAsync(QuestionUnderstanding reader, string question, string metric, DateTime now, Func<string, bool> allow, CancellationToken cancellationToken) =>
        await reader.UnderstandChosenAsync(question, [metric], now, allow, cancellationToken) is { Outcome: UnderstandingOutcome.Query } read ? read : null;
}
