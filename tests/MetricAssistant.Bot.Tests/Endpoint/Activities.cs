using System.Text.Json.Nodes;

namespace MetricAssistant.Bot.Tests.Endpoint;

/// <summary>Activities as Teams sends them (the shape the simulator and the Connector post).</summary>
public static class Activities
{
    public const string Ceo = "00000000-0000-0000-0000-0000000000020";
    public const string EastWang = "00000000-0000-0000-0000-0000000000022";
    public const string Guest = "00000000-0000-0000-0000-0000000000024";
    public const string Stranger = "99999999-0000-0000-0000-000000000099";
    public const string BotId = "28:bot-app-id";

    public static JsonObject Message(string text, string aadObjectId = Ceo, string? conversationId = null, string serviceUrl = "https://smba.trafficmanager.net/amer/", string locale = "zh-CN") => new()
    {
        ["type"] = "message",
        ["id"] = "act-" + Guid.NewGuid().ToString("N")[..12],
        ["timestamp"] = "2025-07-15T02:00:00.000Z",
        ["serviceUrl"] = serviceUrl,
        ["channelId"] = "msteams",
        ["from"] = new JsonObject { ["id"] = "29:user-" + aadObjectId[^2..], ["name"] = "Test User", ["aadObjectId"] = aadObjectId },
        ["conversation"] = new JsonObject { ["id"] = conversationId ?? "a:conv-" + Guid.NewGuid().ToString("N"), ["conversationType"] = "personal", ["tenantId"] = "tenant-1" },
        ["recipient"] = new JsonObject { ["id"] = BotId, ["name"] = "Metric Assistant" },
        ["text"] = text,
        ["textFormat"] = "plain",
        ["locale"] = locale,
        ["channelData"] = new JsonObject { ["tenant"] = new JsonObject { ["id"] = "tenant-1" } },
    };

    /// <summary>A message in a Teams channel (or group chat) from <paramref name="aadObjectId"/>, the bot @mentioned.</summary>
    public static JsonObject ChannelMessage(string text, string conversationId, string aadObjectId = Ceo, string conversationType = "channel")
    {
        var activity = Message($"<at>Metric Assistant</at> {text}", aadObjectId, conversationId);
        activity["conversation"] = new JsonObject { ["id"] = conversationId, ["conversationType"] = conversationType, ["isGroup"] = true, ["tenantId"] = "tenant-1" };
        return activity;
    }

    /// <summary>Members leave (or join) a channel: the conversationUpdate Teams sends.</summary>
    public static JsonObject MembersChanged(string conversationId, string[]? added = null, string[]? removed = null)
    {
        var activity = Message("", Ceo, conversationId);
        activity["type"] = "conversationUpdate";
        activity.Remove("text");
        activity["conversation"] = new JsonObject { ["id"] = conversationId, ["conversationType"] = "channel", ["isGroup"] = true, ["tenantId"] = "tenant-1" };
        if (added is not null) activity["membersAdded"] = new JsonArray(added.Select(a => (JsonNode)new JsonObject { ["id"] = UserId(a), ["aadObjectId"] = a }).ToArray());
        if (removed is not null) activity["membersRemoved"] = new JsonArray(removed.Select(a => (JsonNode)new JsonObject { ["id"] = UserId(a), ["aadObjectId"] = a }).ToArray());
        return activity;
    }

    /// <summary>The Teams user id the activities above give a user: <c>29:user-NN</c>.</summary>
    public static string UserId(string aadObjectId) => "29:user-" + aadObjectId[^2..];

    public static string ConversationOf(JsonObject activity) => (string)activity["conversation"]!["id"]!;
}
