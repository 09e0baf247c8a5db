using System.Collections.Concurrent;
using MetricAssistant.Bot.Connector;
using MetricAssistant.Bot.Protocol;
using Microsoft.Extensions.Options;

namespace MetricAssistant.Bot.Handling;

/// <summary>
/// The members of shared conversations, read through the Connector and kept per conversation for
/// <see cref="TeamsOptions.RosterLifetimeMinutes"/>, or until a <c>conversationUpdate</c> says members came or went.
/// A roster that cannot be read is not kept (the next turn tries again).
/// </summary>
public sealed class ConversationRosters(IConnectorConversations connector, IOptionsMonitor<TeamsOptions> options, TimeProvider time)
{
    private const int MaxConversations = 10_000;

    private sealed record Entry(IReadOnlyList<ChannelAccount> Members, DateTimeOffset ReadAt);

    private readonly ConcurrentDictionary<string, Entry> rosters = new(StringComparer.Ordinal);

    public async Task<IReadOnlyList<ChannelAccount>?> MembersAsync(string serviceUrl, string conversationId, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        if (rosters.TryGetValue(conversationId, out var kept) && now - kept.ReadAt < TimeSpan.FromMinutes(options.CurrentValue.RosterLifetimeMinutes))
            return kept.Members;
        var members = await connector.GetMembersAsync(serviceUrl, conversationId, cancellationToken);
        if (members is null)
        {
            rosters.TryRemove(conversationId, out _);
            return null;
        }
        if (rosters.Count >= MaxConversations)
            foreach (var stale in rosters.Where(r => now - r.Value.ReadAt >= TimeSpan.FromMinutes(options.CurrentValue.RosterLifetimeMinutes)).Select(r => r.Key).ToArray())
                rosters.TryRemove(stale, out _);
        if (rosters.Count < MaxConversations)
            rosters[conversationId] = new Entry(members, now);
        return members;
    }

    /// <summary>Members came or went: the next turn reads the roster again.</summary>
    public void Forget(string conversationId) => rosters.TryRemove(conversationId, out _);
}
