using MetricAssistant.Bot.Protocol;

namespace MetricAssistant.Bot.Connector;

/// <summary>The Connector's conversation calls: who is in a conversation, and a new 1:1 conversation with a user.</summary>
public interface IConnectorConversations
{
    /// <summary><c>GET {serviceUrl}/v3/conversations/{conversationId}/members</c>; null (with the reason logged) when it cannot be read.</summary>
    Task<IReadOnlyList<ChannelAccount>?> GetMembersAsync(string serviceUrl, string conversationId, CancellationToken cancellationToken);

    /// <summary><c>POST {serviceUrl}/v3/conversations</c> with the bot and one member; the new conversation's id, or the reason it was not made.</summary>
    Task<(string? ConversationId, string? Error)> CreatePersonalAsync(string serviceUrl, ChannelAccount bot, ChannelAccount member, string? tenantId, CancellationToken cancellationToken);
}
