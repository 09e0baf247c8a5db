using System.Text.Json.Nodes;

namespace MetricAssistant.Bot.Connector;

/// <summary>Sends activities (replies) to the Bot Connector service at the conversation's serviceUrl.</summary>
public interface IConnectorClient
{
    /// <summary>
    /// POST <c>{serviceUrl}/v3/conversations/{conversationId}/activities/{replyToId}</c> (or <c>…/activities</c>
    /// when <paramref name="replyToId"/> is null). Failures are values; only cancellation throws.
    /// </summary>
    Task<ConnectorSendResult> SendAsync(string serviceUrl, string conversationId, string? replyToId, JsonObject activity, CancellationToken cancellationToken);
}
