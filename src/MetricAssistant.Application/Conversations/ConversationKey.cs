using MetricAssistant.Application.Security;

namespace MetricAssistant.Application.Conversations;

/// <summary>
/// Whose conversation: the caller (how identified and who) and the door's conversation id (a Teams
/// conversation, a portal tab). Two users sending the same id never share a context.
/// </summary>
public sealed record ConversationKey(CallerKind Kind, string UserId, string ConversationId)
{
    /// <summary>Longer ids are refused as invalid; Teams ids are well under this.</summary>
    public const int MaxIdLength = 200;

    public static ConversationKey For(Caller caller, string conversationId) => new(caller.Kind, caller.UserId, conversationId);
}
