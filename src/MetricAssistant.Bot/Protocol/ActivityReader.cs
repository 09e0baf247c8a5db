using System.Text.Json;

namespace MetricAssistant.Bot.Protocol;

/// <summary>
/// An HTTP body as an <see cref="Activity"/>, or the reason it is not one (→ 400). The fields the bot
/// needs to reply are required for the types it handles: <c>serviceUrl</c> (absolute http/https),
/// <c>channelId</c>, <c>conversation.id</c>, <c>from.id</c> and <c>recipient.id</c>.
/// </summary>
public static class ActivityReader
{
    private static readonly JsonSerializerOptions Json = new() { PropertyNameCaseInsensitive = false, MaxDepth = 32 };

    public static (Activity? Activity, string? Error) Read(ReadOnlySpan<byte> body)
    {
        if (body.IsEmpty) return (null, "the body is empty; an activity is a JSON object");
        Activity? activity;
        try
        {
            activity = JsonSerializer.Deserialize<Activity>(body, Json);
        }
        catch (JsonException e)
        {
            // Where, not the serializer's message: that names the .NET types the body was read into.
            return (null, $"the body is not a valid activity: malformed JSON or a value of the wrong type at {e.Path ?? "$"} (line {e.LineNumber ?? 0}, byte {e.BytePositionInLine ?? 0})");
        }
        if (activity is null) return (null, "the body is not a JSON object");
        return Validate(activity) is { } error ? (null, error) : (activity, null);
    }

    public static string? Validate(Activity activity)
    {
        if (string.IsNullOrWhiteSpace(activity.Type)) return "'type' is required (A2000)";
        if (activity.Type is not (ActivityTypes.Message or ActivityTypes.ConversationUpdate or ActivityTypes.InstallationUpdate or ActivityTypes.Invoke))
            return null; // acknowledged and ignored
        if (string.IsNullOrWhiteSpace(activity.ChannelId)) return "'channelId' is required (A2020)";
        if (string.IsNullOrWhiteSpace(activity.ServiceUrl) || !Uri.TryCreate(activity.ServiceUrl, UriKind.Absolute, out var service) || service.Scheme is not ("http" or "https"))
            return "'serviceUrl' must be an absolute http(s) URL (A2300)";
        if (string.IsNullOrWhiteSpace(activity.Conversation?.Id)) return "'conversation.id' is required (A2080)";
        if (string.IsNullOrWhiteSpace(activity.From?.Id)) return "'from.id' is required (A2060)";
        if (string.IsNullOrWhiteSpace(activity.Recipient?.Id)) return "'recipient.id' is required (A2070)";
        if (activity.Conversation.Id.Length > 512 || activity.From.Id.Length > 512) return "an id is too long";
        return null;
    }
}
