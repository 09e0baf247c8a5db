using System.Collections.Concurrent;
using System.Text.Json.Nodes;
using MetricAssistant.Bot.Connector;

namespace MetricAssistant.Bot.Tests.Endpoint;

/// <summary>Stands in for the channel's Connector: records what the bot sends; <see cref="Gate"/> can hold sends back.</summary>
public sealed class RecordingConnector : IConnectorClient
{
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
