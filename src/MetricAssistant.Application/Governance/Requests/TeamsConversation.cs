namespace MetricAssistant.Application.Governance.Requests;

/// <summary>
/// Where a request made in Teams came from: enough of the conversation (Bot Framework conversation reference)
/// to send the requester a message there later, when the request is answered.
/// </summary>
public sealed record TeamsConversation(
    string ServiceUrl,
    string ConversationId,
    string? ChannelId,
    string? BotId,
    string? BotName,
    string? UserId,
    string? UserName,
    string? Locale,
    string? TenantId);
