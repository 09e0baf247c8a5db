using MetricAssistant.Application.Identity;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.Protocols;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;

namespace MetricAssistant.Api.Identity;

/// <summary>
/// Checked at start: a half-configured issuer, a malformed key fingerprint, or — with demo identities
/// off — no way at all to authenticate, stops the service with every problem listed.
/// </summary>
internal sealed class CallerAuthOptionsValidator(IOptions<IdentityOptions> identity, IServiceProvider services) : IValidateOptions<CallerAuthOptions>
{
    private const string S = CallerAuthOptions.Section;

    public ValidateOptionsResult Validate(string? name, CallerAuthOptions options)
    {
        var failures = new List<string>();
        var injectedConfiguration = services.GetService(typeof(IConfigurationManager<OpenIdConnectConfiguration>)) is not null;

        foreach (var (key, value) in new[] { ("Authority", options.Authority), ("MetadataAddress", options.MetadataAddress) })
        {
            if (string.IsNullOrWhiteSpace(value))
                continue;
            if (!Uri.TryCreate(value, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttps && uri.Scheme != Uri.UriSchemeHttp))
                failures.Add($"{S}:{key} must be an absolute http(s) address.");
            else if (uri.Scheme != Uri.UriSchemeHttps && options.RequireHttpsMetadata)
                failures.Add($"{S}:{key} must use https (set {S}:RequireHttpsMetadata=false only for a local identity provider).");
        }

        var hasIssuer = options.HasMetadataSource || injectedConfiguration;
        var hasAudience = options.EffectiveAudiences.Count > 0;
        if (options.HasMetadataSource && !hasAudience)
            failures.Add($"{S}:Audience is required when {S}:Authority or {S}:MetadataAddress is set.");
        if (hasAudience && !hasIssuer)
            failures.Add($"{S}:Audience is set but neither {S}:Authority nor {S}:MetadataAddress is.");
        if (options.ClockSkewSeconds is < 0 or > 600)
            failures.Add($"{S}:ClockSkewSeconds must be between 0 and 600.");
        if (string.IsNullOrWhiteSpace(options.RolesClaim))
            failures.Add($"{S}:RolesClaim must not be empty.");
        if (options.UserIdClaims.Any(string.IsNullOrWhiteSpace))
            failures.Add($"{S}:UserIdClaims must not contain empty claim names.");
        foreach (var (attribute, claim) in options.AttributeClaims)
        {
            if (string.IsNullOrWhiteSpace(attribute) || string.IsNullOrWhiteSpace(claim))
                failures.Add($"{S}:AttributeClaims:{attribute} must name a claim.");
        }

        var names = new HashSet<string>(StringComparer.Ordinal);
        var hashes = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < options.ApiKeys.Count; i++)
        {
            var key = options.ApiKeys[i];
            var where = $"{S}:ApiKeys:{i}";
            if (string.IsNullOrWhiteSpace(key.Name))
                failures.Add($"{where}:Name is required.");
            else if (!names.Add(key.Name))
                failures.Add($"{where}:Name '{key.Name}' is used by another key.");
            if (!ApiKeyHash.TryParseHex(key.KeySha256, out _))
                failures.Add($"{where}:KeySha256 must be the 64 hex digits of the key's SHA-256 (printf %s \"$KEY\" | sha256sum), never the key itself.");
            else if (!hashes.Add(key.KeySha256))
                failures.Add($"{where}:KeySha256 is the same as another key's.");
            if (key.Roles.Any(string.IsNullOrWhiteSpace))
                failures.Add($"{where}:Roles must not contain empty roles.");
        }

        var jwtConfigured = hasIssuer && hasAudience;
        if (!identity.Value.DemoIdentities && !jwtConfigured && options.ApiKeys.Count == 0)
            failures.Add($"Identity:DemoIdentities is off, so callers must authenticate: configure {S}:Authority (or {S}:MetadataAddress) with {S}:Audience, or at least one {S}:ApiKeys entry.");

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
