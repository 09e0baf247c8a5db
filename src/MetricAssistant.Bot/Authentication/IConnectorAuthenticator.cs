namespace MetricAssistant.Bot.Authentication;

/// <summary>Checks that a request to the bot comes from the Bot Connector service (the Connector → bot rules).</summary>
public interface IConnectorAuthenticator
{
    /// <summary>False when no app id is configured: no token is checked.</summary>
    bool IsEnabled { get; }

    /// <summary>True when no app id is configured and demo mode or Bot:AllowUnauthenticatedSimulator lets activities
    /// in without a token; false outside them, where every activity without a valid token is a 401.</summary>
    bool AcceptsUnauthenticated { get; }

    /// <summary>Never throws for bad input: a missing, malformed or invalid token is a 401, a valid one that does
    /// not cover the activity a 403; with no app id, a 401 unless <see cref="AcceptsUnauthenticated"/>.</summary>
    Task<ConnectorAuthResult> AuthenticateAsync(string? authorizationHeader, string? activityServiceUrl, string? activityChannelId, CancellationToken cancellationToken);
}
