namespace MetricAssistant.Bot.Connector;

/// <summary>
/// How a send ended: the Connector's last HTTP status (0 when no response came: transport error, refused
/// serviceUrl or no token), the posted activity's id when the Connector returned one, and how many attempts it took.
/// </summary>
public sealed record ConnectorSendResult(bool Succeeded, int StatusCode, string? ActivityId, int Attempts, string? Error);
