namespace MetricAssistant.Api.Identity;

/// <summary>
/// How callers prove who they are (section <c>Identity:Auth</c>): bearer tokens from an OpenID Connect
/// issuer (e.g. Azure AD / Entra ID) and API keys for systems. Collections start empty on purpose: the
/// configuration binder appends to a collection's defaults instead of replacing them, so the defaults
/// live in the <c>Effective…</c> members.
/// </summary>
public sealed class CallerAuthOptions
{
    public const string Section = "Identity:Auth";

    /// <summary>The issuer's base address; its metadata is read from <c>{Authority}/.well-known/openid-configuration</c>.
    /// Azure AD v2: <c>https://login.microsoftonline.com/{tenant}/v2.0</c>.</summary>
    public string? Authority { get; set; }

    /// <summary>The OpenID Connect metadata document itself, when it is not under <see cref="Authority"/>.</summary>
    public string? MetadataAddress { get; set; }

    /// <summary>Metadata over plain HTTP is refused unless this is turned off (local identity providers only).</summary>
    public bool RequireHttpsMetadata { get; set; } = true;

    /// <summary>The audience tokens must name (the API's application id URI or client id).</summary>
    public string? Audience { get; set; }

    /// <summary>Further accepted audiences (e.g. both <c>api://…</c> and the bare client id).</summary>
    public List<string> ValidAudiences { get; set; } = [];

    /// <summary>Accepted issuers besides the metadata's own <c>issuer</c>.</summary>
    public List<string> ValidIssuers { get; set; } = [];

    /// <summary>Tolerance for <c>exp</c> / <c>nbf</c>, in seconds.</summary>
    public int ClockSkewSeconds { get; set; } = 60;

    /// <summary>Claims that carry the user id, first present wins; empty means <c>oid</c>, then <c>sub</c>.</summary>
    public List<string> UserIdClaims { get; set; } = [];

    /// <summary>The claim whose values are the caller's roles.</summary>
    public string RolesClaim { get; set; } = "roles";

    /// <summary>
    /// The claim whose values are the caller's directory groups (Entra ID: <c>groups</c>, object ids); the access policy's
    /// <c>groups:</c> maps them to roles, joined to those of <see cref="RolesClaim"/>.
    /// </summary>
    public string GroupsClaim { get; set; } = "groups";

    /// <summary>Caller attribute ← token claim, e.g. <c>regions</c> ← <c>extension_regions</c>. A claim may be
    /// repeated (a JSON array) or one comma-separated string.</summary>
    public Dictionary<string, string> AttributeClaims { get; set; } = [];

    /// <summary>System callers (evaluation runs, other services), sent as header <c>X-Api-Key</c>.</summary>
    public List<ApiKeyOptions> ApiKeys { get; set; } = [];

    internal static readonly string[] DefaultUserIdClaims = ["oid", "sub"];

    public IReadOnlyList<string> EffectiveUserIdClaims => UserIdClaims.Count == 0 ? DefaultUserIdClaims : UserIdClaims;

    public IReadOnlyList<string> EffectiveAudiences =>
        (string.IsNullOrWhiteSpace(Audience) ? ValidAudiences : [Audience, .. ValidAudiences])
        .Where(a => !string.IsNullOrWhiteSpace(a)).Distinct(StringComparer.Ordinal).ToList();

    /// <summary>Where the issuer's metadata comes from (Authority or MetadataAddress is set).</summary>
    public bool HasMetadataSource => !string.IsNullOrWhiteSpace(Authority) || !string.IsNullOrWhiteSpace(MetadataAddress);
}

/// <summary>One system caller's key. Only the SHA-256 of the key is configured, never the key.</summary>
public sealed class ApiKeyOptions
{
    /// <summary>Becomes the caller's user id (kind System), e.g. <c>eval-runner</c>.</summary>
    public string Name { get; set; } = "";

    /// <summary>Hex SHA-256 of the key's UTF-8 bytes: <c>printf %s "$KEY" | sha256sum</c>.</summary>
    public string KeySha256 { get; set; } = "";

    public List<string> Roles { get; set; } = [];

    public Dictionary<string, List<string>> Attributes { get; set; } = [];
}
