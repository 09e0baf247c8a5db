using System.Text.Json.Nodes;
using MetricAssistant.Application.Security;
using MetricAssistant.Bot.Cards;
using MetricAssistant.Bot.Connector;
using MetricAssistant.Bot.Protocol;
using Microsoft.Extensions.Logging;

namespace MetricAssistant.Bot.Handling;

/// <summary>
/// Channels and group chats: everyone in them reads the bot's answer, so what is shown there is what every
/// member may see (each member mapped like any Teams user; <see cref="SharedAccess"/> intersects their rights).
/// What only the asker may see goes to a 1:1 conversation with them, created through the Connector.
/// </summary>
public sealed class SharedConversations(ConversationRosters rosters, TeamsIdentityMapper identities, IConnectorConversations conversations, IConnectorClient connector,
    ILogger<SharedConversations> logger)
{
    public static bool IsShared(Activity activity) =>
        activity.Conversation?.ConversationType is "channel" or "groupChat" || activity.Conversation?.IsGroup == true;

    /// <summary>The asker narrowed to what every member may see; a roster that cannot be read counts as an unknown member (no rights).</summary>
    public async Task<Caller> AudienceAsync(Activity activity, Caller asker, CancellationToken cancellationToken)
    {
        var members = await rosters.MembersAsync(activity.ServiceUrl!, activity.Conversation!.Id!, cancellationToken);
        if (members is null)
            return SharedAccess.For(asker, [null]);
        var people = members.Where(m => m.Id != activity.Recipient?.Id && m.Role is not "bot");
        // Each member mapped like any Teams user, directory groups included.
        var mapped = new List<Caller?>();
        foreach (var member in people)
            mapped.Add(await identities.ResolveAsync(member, activity.TenantId, cancellationToken));
        return SharedAccess.For(asker, mapped);
    }

    /// <summary>Posts <paramref name="card"/> to a new 1:1 conversation with the asker; null when sent, else why not.</summary>
    public async Task<string?> SendPrivatelyAsync(Activity activity, JsonObject card, CancellationToken cancellationToken)
    {
        var (conversationId, error) = await conversations.CreatePersonalAsync(activity.ServiceUrl!, activity.Recipient!, activity.From!, activity.TenantId, cancellationToken);
        if (conversationId is null)
        {
            logger.LogWarning("No 1:1 conversation with {User}: {Error}", activity.From?.Id, error);
            return error ?? "the conversation was not created";
        }
        var message = ReplyFactory.Message(activity, CardElements.Attachment(card));
        message["conversation"] = new JsonObject { ["id"] = conversationId };
        message.Remove("replyToId");
        var sent = await connector.SendAsync(activity.ServiceUrl!, conversationId, null, message, cancellationToken);
        return sent.Succeeded ? null : sent.Error ?? $"{sent.StatusCode}";
    }

    public static JsonObject SentPrivately(string language, string? name) => CatalogCardBuilder.Notice(CardText.For(language).Zh
        ? $"这个答案不是这里每个人都可以查看的，已通过私聊发给{name ?? "提问人"}。"
        : $"Not everyone here may see this answer, so it was sent to {name ?? "the asker"} in a private chat.", "good");

    public static JsonObject NotSent(string language, string reason) => CatalogCardBuilder.Notice(CardText.For(language).Zh
        ? $"这个答案不是这里每个人都可以查看的，也没能私聊发给你（{reason}）。请在与指标助手的私聊中提问。"
        : $"Not everyone here may see this answer, and it could not be sent to you privately ({reason}). Please ask in a private chat with Metric Assistant.", "warning");
}
