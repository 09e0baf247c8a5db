using Microsoft.Extensions.Logging;
using Microsoft.IdentityModel.Protocols;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;

namespace MetricAssistant.Bot.Authentication;

/// <summary>
/// The Connector's OpenID metadata and signing keys. A <see cref="ConfigurationManager{T}"/> caches them and
/// refreshes them in the background. A token naming a key that is not cached makes a new manager fetch them
/// right away (a refresh requested from the existing one would only land on a later request), at most once per
/// minimum interval, so tokens with made-up key ids cannot hammer the metadata endpoint.
/// </summary>
internal sealed class ConnectorSigningKeys(
    Func<IConfigurationManager<OpenIdConnectConfiguration>> createManager,
    TimeSpan minimumRefreshInterval,
    TimeProvider time,
    ILogger logger)
{
    private readonly SemaphoreSlim gate = new(1, 1);
    private IConfigurationManager<OpenIdConnectConfiguration> manager = createManager();
    private DateTimeOffset? lastForcedRefresh;

    /// <summary>The current configuration, fetched again first when <paramref name="keyId"/> is not in it and the
    /// interval allows; null when the metadata cannot be had at all.</summary>
    public async Task<OpenIdConnectConfiguration?> GetAsync(string? keyId, CancellationToken cancellationToken)
    {
        var config = await TryGetAsync(Volatile.Read(ref manager), cancellationToken);
        if (config is not null && Covers(config, keyId))
            return config;

        await gate.WaitAsync(cancellationToken);
        try
        {
            // Another request may have refreshed while this one waited.
            config = await TryGetAsync(Volatile.Read(ref manager), cancellationToken);
            if (config is not null && Covers(config, keyId))
                return config;
            var now = time.GetUtcNow();
            if (lastForcedRefresh is { } last && now - last < minimumRefreshInterval)
                return config;
            lastForcedRefresh = now;

            var fresh = createManager();
            var freshConfig = await TryGetAsync(fresh, cancellationToken);
            if (freshConfig is null)
                return config;
            Volatile.Write(ref manager, fresh);
            logger.LogInformation("Fetched the Bot Connector's signing keys again ({Count} keys) for key id {KeyId}.", freshConfig.SigningKeys.Count, keyId ?? "(none)");
            return freshConfig;
        }
        finally
        {
            gate.Release();
        }
    }

    private static bool Covers(OpenIdConnectConfiguration config, string? keyId)
        => config.SigningKeys.Count > 0 && (keyId is null || config.SigningKeys.Any(k => string.Equals(k.KeyId, keyId, StringComparison.Ordinal)));

    private async Task<OpenIdConnectConfiguration?> TryGetAsync(IConfigurationManager<OpenIdConnectConfiguration> source, CancellationToken cancellationToken)
    {
        try
        {
            return await source.GetConfigurationAsync(cancellationToken);
        }
        catch (Exception e) when (e is InvalidOperationException or IOException or HttpRequestException or ArgumentException
                                      || (e is OperationCanceledException && !cancellationToken.IsCancellationRequested))
        {
            logger.LogError(e, "Could not fetch the Bot Connector's OpenID metadata or signing keys.");
            return null;
        }
    }
}
