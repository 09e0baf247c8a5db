using System.Collections.Concurrent;
using System.Text.Json.Nodes;
using MetricAssistant.Bot.Connector;
using MetricAssistant.Bot.Protocol;

namespace MetricAssistant.Bot.Tests.Endpoint;

/// <summary>
/// Stands in for the channel's Connector: records what the bot sends; <see cref="Gate"/> can hold sends back.
/// Rosters are what <see cref="Rosters"/> holds per conversation (reads are counted); 1:1 conversations are created
/// as <c>a:1on1-{user}</c> unless <see cref="CreateFails"/> is set.
/// </summary>
public sealed class RecordingConnector : IConnectorClient, IConnectorConversations
{
    public ConcurrentDictionary<string, IReadOnlyList<ChannelAccount>> Rosters { get; } = new();

    public ConcurrentQueue<string> RosterReads { get; } = new();

    public ConcurrentQueue<(string ServiceUrl, string BotId, string MemberId, string? TenantId)> Created { get; } = new();

    public string? CreateFails { get; set; }

    public Task<IReadOnlyList<ChannelAccount>?> GetMembersAsync(string serviceUrl, string conversationId, CancellationToken cancellationToken)
    {
        RosterReads.Enqueue(conversationId);
        return Task.FromResult(Rosters.TryGetValue(conversationId, out var members) ? members : null);
    }

    public Task<(string? ConversationId, string? Error)> CreatePersonalAsync(string serviceUrl, ChannelAccount bot, ChannelAccount member, string? tenantId, CancellationToken cancellationToken)
    {
        if (CreateFails is { } error) return Task.FromResult<(string?, string?)>((null, error));
        Created.Enqueue((serviceUrl, bot.Id!, member.Id!, tenantId));
        return Task.FromResult<(string?, string?)>(("a:1on1-" + member.Id, null));
    }

    public ConcurrentQueue<(string ServiceUrl, string ConversationId, string? ReplyToId, JsonObject Activity)> Sent { get; } = new();

    public TaskCompletionSource Gate { get; set; } = CompletedGate();

    private readonly SemaphoreSlim signal = new(0);

    public async Task<ConnectorSendResult> SendAsync(string serviceUrl, string conversationId, string? replyToId, JsonObject activity, CancellationToken cancellationToken)
    {
        await Gate.Task.WaitAsync(cancellationToken);
        Sent.Enqueue((serviceUrl, conversationId, replyToId, (JsonObject)activity.DeepClone()));
        signal.Release();
        return new ConnectorSendResult(true, 200, Guid.NewGuid().ToString("N"), 1, null);
    }

    public IReadOnlyList<JsonObject> Messages(string conversationId) =>
        Sent.Where(s => s.ConversationId == conversationId && (string?)s.Activity["type"] == "message").Select(s => s.Activity).ToArray();

    public async Task<JsonObject> NextMessageAsync(string conversationId, int before = 0, int timeoutMs = 30_000)
    {
        var deadline = DateTime.UtcNow.AddMilliseconds(timeoutMs);
        while (DateTime.UtcNow < deadline)
        {
            var messages = Messages(conversationId);
            if (messages.Count > before) return messages[before];
            await signal.WaitAsync(100);
        }
        throw new TimeoutException("no message to " + conversationId);
    }

    private static TaskCompletionSource CompletedGate()
    {
        var gate = new TaskCompletionSource();
        gate.SetResult();
        return gate;
    }
}
