using Microsoft.Extensions.Options;

namespace MetricAssistant.Application.Conversations;

/// <summary>
/// Conversation context in the process's memory, bounded three ways: at most
/// <see cref="ConversationOptions.MaxConversations"/> (least recently used evicted), each forgotten after
/// <see cref="ConversationOptions.IdleTimeout"/> without an answered question, each keeping its last
/// <see cref="ConversationOptions.MaxTurns"/> turns. A restart forgets everything, which only turns a
/// follow-up into a fresh question.
/// </summary>
public sealed class InMemoryConversationStore(IOptions<ConversationOptions> options, TimeProvider time) : IConversationStore
{
    private readonly ConversationOptions settings = options.Value;
    private readonly Lock gate = new();
    private readonly Dictionary<ConversationKey, LinkedListNode<Conversation>> index = [];
    // Most recently used first.
    private readonly LinkedList<Conversation> recency = new();

    public int Count
    {
        get
        {
            lock (gate) return index.Count;
        }
    }

    public ValueTask<ConversationTurn?> LastAsync(ConversationKey key, CancellationToken cancellationToken)
    {
        lock (gate) return ValueTask.FromResult(Live(key)?.Value.Turns[^1]);
    }

    public ValueTask<IReadOnlyList<ConversationTurn>> TurnsAsync(ConversationKey key, CancellationToken cancellationToken)
    {
        lock (gate) return ValueTask.FromResult<IReadOnlyList<ConversationTurn>>(Live(key)?.Value.Turns.ToArray() ?? []);
    }

    public ValueTask AppendAsync(ConversationKey key, ConversationTurn turn, CancellationToken cancellationToken)
    {
        lock (gate)
        {
            var node = Live(key);
            if (node is null)
            {
                node = recency.AddFirst(new Conversation(key));
                index[key] = node;
            }
            var conversation = node.Value;
            conversation.Turns.Add(turn);
            if (conversation.Turns.Count > settings.MaxTurns) conversation.Turns.RemoveRange(0, conversation.Turns.Count - settings.MaxTurns);
            conversation.LastTurnAt = time.GetUtcNow();
            Evict();
        }
        return ValueTask.CompletedTask;
    }

    /// <summary>The conversation, moved to the front; null (and forgotten) when unknown or idle too long.</summary>
    private LinkedListNode<Conversation>? Live(ConversationKey key)
    {
        if (!index.TryGetValue(key, out var node)) return null;
        if (Expired(node.Value))
        {
            Remove(node);
            return null;
        }
        recency.Remove(node);
        recency.AddFirst(node);
        return node;
    }

    /// <summary>Least recently used go first; idle ones gather at the back too (one idle elsewhere goes when next looked up).</summary>
    private void Evict()
    {
        while (recency.Last is { } last && (index.Count > settings.MaxConversations || Expired(last.Value))) Remove(last);
    }

    private bool Expired(Conversation conversation) => time.GetUtcNow() - conversation.LastTurnAt >= settings.IdleTimeout;

    private void Remove(LinkedListNode<Conversation> node)
    {
        recency.Remove(node);
        index.Remove(node.Value.Key);
    }

    private sealed class Conversation(ConversationKey key)
    {
        public ConversationKey Key { get; } = key;
        public List<ConversationTurn> Turns { get; } = [];
        public DateTimeOffset LastTurnAt { get; set; }
    }
}
