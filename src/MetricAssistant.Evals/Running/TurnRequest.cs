using MetricAssistant.Application.Contracts;
using MetricAssistant.Application.Learning;

namespace MetricAssistant.Evals.Running;

/// <summary>
/// The request a conversation's turn sends, as the portal and Teams send it: the turn's words with the conversation
/// id; or, for a click (<c>choose:</c>), the clarified question with the metric id appended and the
/// <see cref="ClarificationChoice"/> made, built from the previous answer (answer.js <c>chips</c>, <c>CardActionData.Choose</c>).
/// </summary>
public static class TurnRequest
{
    /// <returns>The request, or why the click could not be made (the previous answer offered no such choice).</returns>
    public static (AskRequest? Request, string? NotOffered) For(EvalCase turn, string conversationId, Answer? previous)
    {
        if (turn.Turn?.Choose is not { } metric)
            return (new AskRequest(turn.Question, turn.User, turn.Now, conversationId), null);
        if (previous is not { Status: AnswerStatus.ClarificationNeeded, Question: { Length: > 0 } clarified }
            || !previous.Alternatives.Any(a => a.Id == metric))
            return (null, previous is null
                ? $"no previous answer to choose '{metric}' from."
                : $"the previous answer ({previous.Status}) offered no choice '{metric}' to click (offered: {string.Join(", ", previous.Alternatives.Select(a => a.Id))}).");
        return (new AskRequest(clarified + " " + metric, turn.User, turn.Now, conversationId, new ClarificationChoice(clarified, metric)), null);
    }
}
