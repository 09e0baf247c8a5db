using System.Text.Json.Nodes;

namespace MetricAssistant.Bot.Protocol;

/// <summary>
/// Replies that honour the activity spec: <c>from</c> is the incoming recipient (the bot), <c>recipient</c>
/// the sender, the same <c>conversation.id</c>, <c>replyToId</c> the incoming id, and the sender's
/// <c>locale</c> and <c>channelId</c>. No <c>serviceUrl</c> (A2302) and no conversation type fields (A2083).
/// </summary>
public static class ReplyFactory
{
    public static JsonObject Message(Activity incoming, JsonObject? cardAttachment, string? text = null)
    {
        var reply = Base(incoming, ActivityTypes.Message);
        if (text is not null)
        {
            reply["text"] = text;
            reply["textFormat"] = "markdown";
        }
        if (cardAttachment is not null) reply["attachments"] = new JsonArray(cardAttachment);
        return reply;
    }

    public static JsonObject Typing(Activity incoming) => Base(incoming, ActivityTypes.Typing);

    private static JsonObject Base(Activity incoming, string type)
    {
        var reply = new JsonObject
        {
            ["type"] = type,
            ["channelId"] = incoming.ChannelId,
            ["from"] = Account(incoming.Recipient),
            ["recipient"] = Account(incoming.From),
            ["conversation"] = new JsonObject { ["id"] = incoming.Conversation?.Id },
        };
        if (incoming.Id is not null) reply["replyToId"] = incoming.Id;
        if (incoming.Locale is not null) reply["locale"] = incoming.Locale;
        return reply;
    }

    private static JsonObject? Account(ChannelAccount? account)
    {
        if (account is null) return null;
        var node = new JsonObject { ["id"] = account.Id };
        if (account.Name is not null) node["name"] = account.Name;
        return node;
    }
}
