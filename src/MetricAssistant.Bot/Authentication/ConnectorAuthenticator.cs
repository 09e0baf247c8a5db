using System.Text.Json;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;
using Microsoft.IdentityModel.Tokens;

namespace MetricAssistant.Bot.Authentication;

/// <summary>
/// The Connector → bot checks of the Bot Framework authentication spec: a Bearer token signed (RS256, the
/// metadata's algorithm) by a key from the Connector's JWKS, issued by <see cref="BotOptions.ValidIssuer"/>
/// for this bot's app id, within its lifetime (with skew); then its <c>serviceurl</c> claim must be the
/// activity's serviceUrl and its key endorsed for the activity's channel.
/// </summary>
public sealed class ConnectorAuthenticator : IConnectorAuthenticator
{
    /// <summary>The claim that names the Connector endpoint the token was issued for.</summary>
    public const string ServiceUrlClaim = "serviceurl";

    // Asymmetric algorithms only: "none" and HS256 signed with a public key can never pass.
    private static readonly string[] AsymmetricAlgorithms = [SecurityAlgorithms.RsaSha256, SecurityAlgorithms.RsaSha384, SecurityAlgorithms.RsaSha512];
    private const int MaxTokenLength = 16 * 1024;

    private readonly BotOptions options;
    private readonly ConnectorSigningKeys keys;
    private readonly TimeProvider time;
    private readonly ILogger logger;
    private readonly JsonWebTokenHandler handler = new() { MapInboundClaims = false };

    internal ConnectorAuthenticator(BotOptions options, bool acceptUnauthenticated, ConnectorSigningKeys keys, TimeProvider time, ILogger<ConnectorAuthenticator> logger)
    {
        this.options = options;
        AcceptsUnauthenticated = acceptUnauthenticated && !options.AuthenticationEnabled;
        this.keys = keys;
        this.time = time;
        this.logger = logger;
    }

    public bool IsEnabled => options.AuthenticationEnabled;

    public bool AcceptsUnauthenticated { get; }

    public async Task<ConnectorAuthResult> AuthenticateAsync(string? authorizationHeader, string? activityServiceUrl, string? activityChannelId, CancellationToken cancellationToken)
    {
        if (!IsEnabled)
            return AcceptsUnauthenticated
                ? ConnectorAuthResult.Disabled
                : ConnectorAuthResult.Unauthorized("Bot:AppId is empty outside demo mode and the simulator setting is off");
        if (!TryReadBearer(authorizationHeader, out var token, out var problem))
            return ConnectorAuthResult.Unauthorized(problem);

        JsonWebToken jwt;
        try
        {
            jwt = handler.ReadJsonWebToken(token);
        }
        catch (Exception e) when (e is ArgumentException or SecurityTokenMalformedException or JsonException or FormatException)
        {
            return ConnectorAuthResult.Unauthorized("the token is not a well-formed JWT");
        }

        var config = await keys.GetAsync(string.IsNullOrEmpty(jwt.Kid) ? null : jwt.Kid, cancellationToken);
        if (config is null)
            return ConnectorAuthResult.Unauthorized("the Connector's signing keys could not be fetched");

        var validation = await handler.ValidateTokenAsync(jwt, Parameters(config));
        if (!validation.IsValid)
        {
            var reason = Describe(validation.Exception);
            logger.LogDebug(validation.Exception, "Connector token rejected: {Reason}", reason);
            return ConnectorAuthResult.Unauthorized(reason);
        }

        var claimed = jwt.TryGetPayloadValue<string>(ServiceUrlClaim, out var s) ? s : null;
        if (string.IsNullOrWhiteSpace(activityServiceUrl))
            return ConnectorAuthResult.Forbidden("the activity has no serviceUrl", activityChannelId);
        if (claimed is null || !SameServiceUrl(claimed, activityServiceUrl))
            return ConnectorAuthResult.Forbidden($"the token's serviceurl claim ({claimed ?? "missing"}) is not the activity's serviceUrl ({activityServiceUrl})", activityChannelId);

        if (!string.IsNullOrEmpty(activityChannelId))
        {
            var signingKeyId = validation.SecurityToken?.SigningKey?.KeyId ?? jwt.Kid;
            var endorsements = ConnectorEndorsements.Of(config.JsonWebKeySet, signingKeyId);
            if (!endorsements.Contains(activityChannelId, StringComparer.Ordinal))
                return ConnectorAuthResult.Forbidden($"the signing key is not endorsed for channel '{activityChannelId}'", activityChannelId);
        }
        return ConnectorAuthResult.Success(activityChannelId);
    }

    /// <summary>Service URLs match ordinally, ignoring one side's trailing slash.</summary>
    internal static bool SameServiceUrl(string a, string b) => string.Equals(a.TrimEnd('/'), b.TrimEnd('/'), StringComparison.Ordinal);

    /// <summary>"Bearer eyJ…" → the token; any other scheme, no token, or an oversized one is refused.</summary>
    internal static bool TryReadBearer(string? header, out string token, out string problem)
    {
        token = "";
        problem = "";
        if (string.IsNullOrWhiteSpace(header))
        {
            problem = "no Authorization header";
            return false;
        }
        var trimmed = header.Trim();
        var space = trimmed.IndexOf(' ');
        if (space <= 0 || !trimmed[..space].Equals("Bearer", StringComparison.OrdinalIgnoreCase))
        {
            problem = "the Authorization header is not a Bearer token";
            return false;
        }
        token = trimmed[(space + 1)..].Trim();
        if (token.Length == 0 || token.Length > MaxTokenLength || token.Contains(' '))
        {
            problem = "the Bearer token is empty, too long or contains spaces";
            return false;
        }
        return true;
    }

    private TokenValidationParameters Parameters(OpenIdConnectConfiguration config) => new()
    {
        ValidateIssuer = true,
        ValidIssuer = options.ValidIssuer,
        ValidateAudience = true,
        ValidAudience = options.AppId,
        ValidateLifetime = true,
        RequireExpirationTime = true,
        ClockSkew = options.ClockSkew,
        LifetimeValidator = ValidateLifetime,
        RequireSignedTokens = true,
        ValidateIssuerSigningKey = true,
        IssuerSigningKeys = config.SigningKeys,
        ValidAlgorithms = Algorithms(config),
    };

    /// <summary>Lifetime against the injected clock (the library's own check reads the system clock).</summary>
    private bool ValidateLifetime(DateTime? notBefore, DateTime? expires, SecurityToken token, TokenValidationParameters parameters)
    {
        var now = time.GetUtcNow().UtcDateTime;
        if (expires is null)
            throw new SecurityTokenNoExpirationException("The token has no expiry.");
        if (notBefore is { } from && from > expires)
            throw new SecurityTokenInvalidLifetimeException("The token's nbf is after its exp.");
        if (notBefore is { } start && start > now + options.ClockSkew)
            throw new SecurityTokenNotYetValidException("The token is not valid yet.") { NotBefore = start };
        if (expires.Value < now - options.ClockSkew)
            throw new SecurityTokenExpiredException("The token has expired.") { Expires = expires.Value };
        return true;
    }

    /// <summary>The metadata's <c>id_token_signing_alg_values_supported</c>, asymmetric ones only; RS256 when it names none.</summary>
    internal static IReadOnlyList<string> Algorithms(OpenIdConnectConfiguration config)
    {
        var announced = config.IdTokenSigningAlgValuesSupported.Intersect(AsymmetricAlgorithms, StringComparer.Ordinal).ToList();
        return announced.Count > 0 ? announced : [SecurityAlgorithms.RsaSha256];
    }

    private static string Describe(Exception? e) => e switch
    {
        SecurityTokenExpiredException => "the token has expired",
        SecurityTokenNotYetValidException => "the token is not valid yet",
        SecurityTokenNoExpirationException => "the token has no expiry",
        SecurityTokenInvalidAudienceException => "the token is for another audience",
        SecurityTokenInvalidIssuerException => "the token is from another issuer",
        SecurityTokenInvalidAlgorithmException => "the token's signing algorithm is not accepted",
        SecurityTokenSignatureKeyNotFoundException => "the token is signed by an unknown key",
        SecurityTokenInvalidSignatureException => "the token's signature is invalid",
        SecurityTokenMalformedException => "the token is not a well-formed JWT",
        _ => "the token is invalid",
    };
}
