namespace MetricAssistant.Bot.Authentication;

/// <summary>
/// The verdict on one request to <c>/api/messages</c>: 200 (go on), 401 (no valid token) or 403 (a valid token
/// that does not cover this activity: another serviceUrl, or a channel its key is not endorsed for).
/// <see cref="Reason"/> is for the log, not for the caller.
/// </summary>
public sealed record ConnectorAuthResult(bool Succeeded, int StatusCode, string? Reason, string? ChannelId = null)
{
    public static ConnectorAuthResult Disabled { get; } = new(true, 200, "authentication disabled");

    public static ConnectorAuthResult Success(string? channelId) => new(true, 200, null, channelId);

    public static ConnectorAuthResult Unauthorized(string reason) => new(false, 401, reason);

    public static ConnectorAuthResult Forbidden(string reason, string? channelId) => new(false, 403, reason, channelId);
}
