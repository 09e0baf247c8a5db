namespace MetricAssistant.Bot.Authentication;

/// <summary>Checks that a request to the bot comes from the Bot Connector service (the Connector → bot rules).</summary>
public interface IConnectorAuthenticator
{
    /// <summary>False when no app id is configured: every request is let through (local simulator only).</summary>
    bool IsEnabled { get; }

    /// <summary>Never throws for bad input: a missing, malformed or invalid token is a 401, a valid one that does
    /// not cover the activity a 403.</summary>
    Task<ConnectorAuthResult> AuthenticateAsync(string? authorizationHeader, string? activityServiceUrl, string? activityChannelId, CancellationToken cancellationToken);
}
