using System.Collections.Concurrent;

namespace MetricAssistant.Bot.Hosting;

/// <summary>
/// Teams sends both installationUpdate and conversationUpdate when the app is added: one welcome per
/// conversation per <see cref="Quiet"/>. Bounded: past <see cref="Capacity"/> conversations the oldest are forgotten.
/// </summary>
public sealed class WelcomeLedger(TimeProvider time)
{
    public static readonly TimeSpan Quiet = TimeSpan.FromMinutes(10);
    public const int Capacity = 10_000;

    private readonly ConcurrentDictionary<string, DateTimeOffset> welcomed = new(StringComparer.Ordinal);

    public bool ShouldWelcome(string conversationId)
    {
        var now = time.GetUtcNow();
        if (welcomed.TryGetValue(conversationId, out var last) && now - last < Quiet) return false;
        welcomed[conversationId] = now;
        if (welcomed.Count > Capacity)
            foreach (var stale in welcomed.OrderBy(p => p.Value).Take(welcomed.Count - Capacity).Select(p => p.Key).ToArray())
                welcomed.TryRemove(stale, out _);
        return true;
    }
}
