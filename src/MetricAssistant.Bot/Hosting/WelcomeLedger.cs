using MetricAssistant.Application.Conversations;

namespace MetricAssistant.Bot.Hosting;

/// <summary>
/// The welcome ledger in the process (one instance, no shared store). Bounded: past <see cref="Capacity"/> conversations the
/// oldest are forgotten.
/// </summary>
public sealed class WelcomeLedger(TimeProvider time) : IWelcomeLedger
{
    public static readonly TimeSpan Quiet = IWelcomeLedger.Quiet;
    public const int Capacity = 10_000;

    private readonly Dictionary<string, DateTimeOffset> welcomed = new(StringComparer.Ordinal);
    private readonly Lock gate = new();

    public ValueTask<bool> ShouldWelcomeAsync(string conversationId, CancellationToken cancellationToken) => ValueTask.FromResult(ShouldWelcome(conversationId));

    /// <summary>True once per conversation and quiet period; atomic, because Teams sends the two updates at the same moment.</summary>
    public bool ShouldWelcome(string conversationId)
    {
        var now = time.GetUtcNow();
        lock (gate)
        {
            if (welcomed.TryGetValue(conversationId, out var last) && now - last < Quiet) return false;
            welcomed[conversationId] = now;
            if (welcomed.Count > Capacity)
                foreach (var stale in welcomed.OrderBy(p => p.Value).Take(welcomed.Count - Capacity).Select(p => p.Key).ToArray())
                    welcomed.Remove(stale);
            return true;
        }
    }
}
