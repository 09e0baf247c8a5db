namespace MetricAssistant.Api.Identity;

/// <summary>Names of the caller authentication schemes, header and policy.</summary>
public static class CallerAuthDefaults
{
    /// <summary>The default scheme: forwards to <see cref="ApiKeyScheme"/> when <see cref="ApiKeyHeader"/> is sent, otherwise to <see cref="BearerScheme"/>.</summary>
    public const string Scheme = "Caller";

    public const string BearerScheme = "CallerBearer";

    public const string ApiKeyScheme = "CallerApiKey";

    public const string ApiKeyHeader = "X-Api-Key";

    /// <summary>Authorization policy: an authenticated caller, by token or API key.</summary>
    public const string Policy = "caller";

    /// <summary>Claim types of an API key's principal.</summary>
    internal const string ApiKeyNameClaim = "sub";
    internal const string ApiKeyRoleClaim = "roles";
    internal const string ApiKeyAttributePrefix = "attr:";
}
