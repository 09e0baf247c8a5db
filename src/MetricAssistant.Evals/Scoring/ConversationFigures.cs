namespace MetricAssistant.Evals.Scoring;

/// <summary>
/// How a group of conversation cases did: <see cref="Whole"/> counts conversations with every turn right;
/// <see cref="Turns"/> every turn, <see cref="FirstTurns"/> the opening questions and <see cref="FollowUps"/> turns 2 onwards
/// (the turns read with the conversation as context).
/// </summary>
public sealed record ConversationFigures(int Conversations, Rate Whole, Rate Turns, Rate FirstTurns, Rate FollowUps)
{
    /// <param name="turns">Results of conversation turns only (each with its <see cref="CaseResult.Turn"/>).</param>
    public static ConversationFigures From(IReadOnlyCollection<CaseResult> turns)
    {
        var conversations = turns.GroupBy(t => t.Turn!.Conversation, StringComparer.Ordinal).ToArray();
        return new ConversationFigures(
            conversations.Length,
            Rate.Of(conversations.Select(c => (bool?)c.All(t => t.Score.Passed))),
            Rate.Of(turns.Select(t => (bool?)t.Score.Passed)),
            Rate.Of(turns.Where(t => !t.Turn!.IsFollowUp).Select(t => (bool?)t.Score.Passed)),
            Rate.Of(turns.Where(t => t.Turn!.IsFollowUp).Select(t => (bool?)t.Score.Passed)));
    }
}
