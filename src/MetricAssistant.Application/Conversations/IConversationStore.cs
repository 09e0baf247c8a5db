namespace MetricAssistant.Application.Conversations;

/// <summary>The recent answered questions of each conversation, the context follow-ups are read against.</summary>
public interface IConversationStore
{
    /// <summary>The latest turn, or null when the conversation is unknown or has been idle too long.</summary>
    ValueTask<ConversationTurn?> LastAsync(ConversationKey key, CancellationToken cancellationToken);

    /// <summary>The turns kept, oldest first; empty when the conversation is unknown or expired.</summary>
    ValueTask<IReadOnlyList<ConversationTurn>> TurnsAsync(ConversationKey key, CancellationToken cancellationToken);

    ValueTask AppendAsync(ConversationKey key, ConversationTurn turn, CancellationToken cancellationToken);
}
