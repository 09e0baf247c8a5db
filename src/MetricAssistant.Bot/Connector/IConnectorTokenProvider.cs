namespace MetricAssistant.Bot.Connector;

/// <summary>The bearer token the bot sends to the Connector (Azure AD client credentials).</summary>
public interface IConnectorTokenProvider
{
    /// <summary>A token valid for at least a few more minutes, or null when no app id is configured (the simulator
    /// takes unauthenticated replies). Throws <see cref="ConnectorTokenException"/> when Azure AD gives none.</summary>
    Task<string?> GetTokenAsync(CancellationToken cancellationToken);
}
