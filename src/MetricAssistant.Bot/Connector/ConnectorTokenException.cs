namespace MetricAssistant.Bot.Connector;

/// <summary>
/// Azure AD gave no token: the message says why (its error code and description, never the secret) so it can be
/// logged as is. <see cref="IsTransient"/>: worth retrying (429, 5xx, network), as opposed to wrong credentials.
/// </summary>
public sealed class ConnectorTokenException(string message, int? statusCode, bool isTransient, Exception? inner = null)
    : Exception(message, inner)
{
    public int? StatusCode { get; } = statusCode;

    public bool IsTransient { get; } = isTransient;
}
