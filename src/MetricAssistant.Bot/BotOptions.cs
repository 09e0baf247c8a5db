namespace MetricAssistant.Bot;

/// <summary>
/// The bot's identity and how it talks to the Bot Connector service (section <c>Bot</c>), validated on start.
/// With no <see cref="AppId"/> the bot runs unauthenticated: only in demo mode (demo identities on) or with
/// <see cref="AllowUnauthenticatedSimulator"/>; a deployment without either refuses to start.
/// </summary>
public sealed class BotOptions
{
    public const string Section = "Bot";

    public const string DefaultOpenIdMetadataUrl = "https://login.botframework.com/v1/.well-known/openidconfiguration";
    public const string DefaultValidIssuer = "https://api.botframework.com";
    public const string DefaultScope = "https://api.botframework.com/.default";

    /// <summary>Tenant used for multi-tenant bots' tokens (the Bot Framework's own tenant).</summary>
    public const string MultiTenant = "botframework.com";

    /// <summary>The Bot Framework and Teams Connector hosts: where replies may go unless <see cref="AllowedServiceUrls"/> says otherwise.</summary>
    public static IReadOnlyList<string> DefaultAllowedServiceUrls { get; } =
        ["https://smba.trafficmanager.net/*", "https://*.botframework.com/*"];

    /// <summary>The Azure Bot's Microsoft App ID (the app registration's client id, a GUID). Empty: authentication is off.</summary>
    public string? AppId { get; set; }

    /// <summary>The app registration's client secret, used to get tokens for replies.</summary>
    public string? AppPassword { get; set; }

    /// <summary>The app registration's tenant for a single-tenant bot; empty for a multi-tenant one.</summary>
    public string? TenantId { get; set; }

    /// <summary>
    /// Lets /api/messages take activities without a Connector token while <see cref="AppId"/> is empty and demo
    /// identities are off: anyone who reaches the endpoint can then claim to be any mapped Teams user. For the
    /// local Teams simulator against a deployment configuration only; logged as a warning at every start.
    /// </summary>
    public bool AllowUnauthenticatedSimulator { get; set; }

    /// <summary>
    /// The serviceUrls replies, notices and any other Connector call may go to: <c>https://host/path*</c>, a
    /// leading <c>*.</c> in the host for its subdomains, a trailing <c>*</c> in the path for a prefix. Empty: the
    /// <see cref="DefaultAllowedServiceUrls"/>. Loopback addresses are added only in demo mode or with
    /// <see cref="AllowUnauthenticatedSimulator"/> (the local simulator). Null rather than a list with defaults:
    /// the configuration binder appends to an initialised collection instead of replacing it.
    /// </summary>
    public string[]? AllowedServiceUrls { get; set; }

    /// <summary>Where the Connector's signing keys are announced (tests point it at their own keys).</summary>
    public string OpenIdMetadataUrl { get; set; } = DefaultOpenIdMetadataUrl;

    /// <summary>The issuer tokens from the Connector carry.</summary>
    public string ValidIssuer { get; set; } = DefaultValidIssuer;

    /// <summary>Tolerance for the tokens' <c>nbf</c>/<c>exp</c> (the spec's industry standard: 5 minutes).</summary>
    public TimeSpan ClockSkew { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>How long the signing keys are used before they are fetched again in the background.</summary>
    public TimeSpan SigningKeysRefreshInterval { get; set; } = TimeSpan.FromHours(24);

    /// <summary>A token naming an unknown key fetches the keys again at most this often, so a flood of bad
    /// key ids cannot hammer the metadata endpoint.</summary>
    public TimeSpan SigningKeysMinimumRefreshInterval { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>The Azure AD token endpoint for replies; empty: <c>https://login.microsoftonline.com/{TenantId or botframework.com}/oauth2/v2.0/token</c>.</summary>
    public string? TokenEndpoint { get; set; }

    /// <summary>The scope requested for the Connector.</summary>
    public string Scope { get; set; } = DefaultScope;

    /// <summary>Attempts per reply, the first included (429, 5xx and transport errors are retried).</summary>
    public int MaxSendAttempts { get; set; } = 4;

    /// <summary>The first retry's delay; it doubles each retry (with jitter) up to <see cref="RetryMaxDelay"/>.</summary>
    public TimeSpan RetryBaseDelay { get; set; } = TimeSpan.FromSeconds(1);

    public TimeSpan RetryMaxDelay { get; set; } = TimeSpan.FromSeconds(16);

    /// <summary>All attempts of one reply, delays included, end within this; a Retry-After beyond it gives up.</summary>
    public TimeSpan MaxSendDuration { get; set; } = TimeSpan.FromSeconds(60);

    /// <summary>One HTTP attempt's timeout (Connector and token endpoint).</summary>
    public TimeSpan RequestTimeout { get; set; } = TimeSpan.FromSeconds(30);

    public bool AuthenticationEnabled => !string.IsNullOrWhiteSpace(AppId);

    public IReadOnlyList<string> EffectiveAllowedServiceUrls => AllowedServiceUrls is { Length: > 0 } configured ? configured : DefaultAllowedServiceUrls;

    public string EffectiveTokenEndpoint => string.IsNullOrWhiteSpace(TokenEndpoint)
        ? $"https://login.microsoftonline.com/{(string.IsNullOrWhiteSpace(TenantId) ? MultiTenant : TenantId.Trim())}/oauth2/v2.0/token"
        : TokenEndpoint.Trim();
}
