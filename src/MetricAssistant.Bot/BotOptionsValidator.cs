using MetricAssistant.Application.Identity;
using MetricAssistant.Bot.Connector;
using Microsoft.Extensions.Options;

namespace MetricAssistant.Bot;

/// <summary>
/// Checked at start: every problem in the <c>Bot</c> section is listed at once. A deployment identity configuration
/// (demo identities off) with no bot authentication stops the service: /api/messages would let anyone claim any
/// Teams user, unless <see cref="BotOptions.AllowUnauthenticatedSimulator"/> says so on purpose.
/// </summary>
internal sealed class BotOptionsValidator(IOptions<IdentityOptions> identity) : IValidateOptions<BotOptions>
{
    private const string S = BotOptions.Section;

    public const string UnauthenticatedDeployment =
        "Identity:DemoIdentities is off (a deployment) but Bot:AppId is empty, so /api/messages would accept activities from anyone " +
        "and let them claim any Teams user. Set Bot:AppId and Bot:AppPassword (and Bot:TenantId for a single-tenant bot); " +
        "only for the local Teams simulator, set Bot:AllowUnauthenticatedSimulator=true.";

    public ValidateOptionsResult Validate(string? name, BotOptions o)
    {
        ArgumentNullException.ThrowIfNull(o);
        var failures = new List<string>();
        if (!o.AuthenticationEnabled && !identity.Value.DemoIdentities && !o.AllowUnauthenticatedSimulator)
            failures.Add(UnauthenticatedDeployment);
        if (o.AuthenticationEnabled && o.AllowUnauthenticatedSimulator)
            failures.Add($"{S}:AllowUnauthenticatedSimulator is on but {S}:AppId is set: a bot with an app id always checks tokens; turn the setting off.");
        foreach (var entry in o.AllowedServiceUrls ?? [])
        {
            if (!ServiceUrlPattern.TryParse(entry, out _, out var problem))
                failures.Add($"{S}:AllowedServiceUrls: {problem}.");
        }
        if (o.AuthenticationEnabled)
        {
            if (!Guid.TryParse(o.AppId, out _))
                failures.Add($"{S}:AppId must be the app registration's client id, a GUID (got '{o.AppId}').");
            if (string.IsNullOrWhiteSpace(o.AppPassword))
                failures.Add($"{S}:AppPassword (the client secret) is required when {S}:AppId is set: replies need a token.");
        }
        else if (!string.IsNullOrWhiteSpace(o.AppPassword))
            failures.Add($"{S}:AppPassword is set but {S}:AppId is empty: set both, or neither for the local simulator.");

        // e.g. "72f988bf-86f1-41af-91ab-2d7cd011db47" or "contoso.onmicrosoft.com"
        if (!string.IsNullOrWhiteSpace(o.TenantId) && !Guid.TryParse(o.TenantId, out _) && Uri.CheckHostName(o.TenantId.Trim()) != UriHostNameType.Dns)
            failures.Add($"{S}:TenantId must be a tenant GUID or domain, or empty for a multi-tenant bot.");

        CheckAddress(failures, "OpenIdMetadataUrl", o.OpenIdMetadataUrl);
        if (!string.IsNullOrWhiteSpace(o.TokenEndpoint))
            CheckAddress(failures, "TokenEndpoint", o.TokenEndpoint);
        if (string.IsNullOrWhiteSpace(o.ValidIssuer))
            failures.Add($"{S}:ValidIssuer must not be empty.");
        if (string.IsNullOrWhiteSpace(o.Scope))
            failures.Add($"{S}:Scope must not be empty.");

        if (o.ClockSkew < TimeSpan.Zero || o.ClockSkew > TimeSpan.FromMinutes(10))
            failures.Add($"{S}:ClockSkew must be between 00:00:00 and 00:10:00.");
        if (o.SigningKeysRefreshInterval < TimeSpan.FromMinutes(5))
            failures.Add($"{S}:SigningKeysRefreshInterval must be at least 00:05:00.");
        if (o.SigningKeysMinimumRefreshInterval < TimeSpan.FromSeconds(1))
            failures.Add($"{S}:SigningKeysMinimumRefreshInterval must be at least 00:00:01.");
        if (o.MaxSendAttempts is < 1 or > 10)
            failures.Add($"{S}:MaxSendAttempts must be between 1 and 10.");
        if (o.RetryBaseDelay <= TimeSpan.Zero || o.RetryMaxDelay < o.RetryBaseDelay)
            failures.Add($"{S}:RetryBaseDelay must be positive and not above {S}:RetryMaxDelay.");
        if (o.MaxSendDuration <= TimeSpan.Zero)
            failures.Add($"{S}:MaxSendDuration must be positive.");
        if (o.RequestTimeout <= TimeSpan.Zero)
            failures.Add($"{S}:RequestTimeout must be positive.");
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    /// <summary>https, or http on the loopback interface (a local issuer in tests).</summary>
    internal static bool IsAcceptableEndpoint(string? value, out Uri? uri)
        => Uri.TryCreate(value, UriKind.Absolute, out uri)
           && (uri.Scheme == Uri.UriSchemeHttps || (uri.Scheme == Uri.UriSchemeHttp && uri.IsLoopback))
           && string.IsNullOrEmpty(uri.UserInfo);

    private static void CheckAddress(List<string> failures, string key, string? value)
    {
        if (!IsAcceptableEndpoint(value, out _))
            failures.Add($"{S}:{key} must be an absolute https address (http only on loopback), got '{value}'.");
    }
}
