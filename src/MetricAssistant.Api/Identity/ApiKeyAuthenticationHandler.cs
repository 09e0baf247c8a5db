using System.Security.Claims;
using System.Security.Cryptography;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;

namespace MetricAssistant.Api.Identity;

/// <summary>
/// Authenticates system callers by header <c>X-Api-Key</c>: the presented key's SHA-256 is compared with
/// every configured fingerprint in constant time (no early exit, so timing tells nothing about which key
/// or how many bytes matched).
/// </summary>
internal sealed class ApiKeyAuthenticationHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options,
    ILoggerFactory logger,
    UrlEncoder encoder,
    IOptions<CallerAuthOptions> callerAuth)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    private readonly IReadOnlyList<(ApiKeyOptions Key, byte[] Hash)> keys = callerAuth.Value.ApiKeys
        .Select(k => (k, ApiKeyHash.TryParseHex(k.KeySha256, out var hash) ? hash : null))
        .Where(k => k.Item2 is not null)
        .Select(k => (k.k, k.Item2!))
        .ToList();

    protected override Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        if (!Request.Headers.TryGetValue(CallerAuthDefaults.ApiKeyHeader, out var values))
            return Task.FromResult(AuthenticateResult.NoResult());
        if (values.Count != 1 || string.IsNullOrEmpty(values[0]))
            return Task.FromResult(AuthenticateResult.Fail($"Exactly one non-empty {CallerAuthDefaults.ApiKeyHeader} header is expected."));

        var presented = ApiKeyHash.Compute(values[0]!);
        ApiKeyOptions? match = null;
        foreach (var (key, hash) in keys)
        {
            if (CryptographicOperations.FixedTimeEquals(presented, hash))
                match ??= key;
        }
        if (match is null)
            return Task.FromResult(AuthenticateResult.Fail("Unknown API key."));

        var claims = new List<Claim> { new(CallerAuthDefaults.ApiKeyNameClaim, match.Name) };
        claims.AddRange(match.Roles.Select(r => new Claim(CallerAuthDefaults.ApiKeyRoleClaim, r)));
        foreach (var (attribute, attributeValues) in match.Attributes)
            claims.AddRange(attributeValues.Select(v => new Claim(CallerAuthDefaults.ApiKeyAttributePrefix + attribute, v)));
        var identity = new ClaimsIdentity(claims, Scheme.Name, CallerAuthDefaults.ApiKeyNameClaim, CallerAuthDefaults.ApiKeyRoleClaim);
        return Task.FromResult(AuthenticateResult.Success(new AuthenticationTicket(new ClaimsPrincipal(identity), Scheme.Name)));
    }

    protected override Task HandleChallengeAsync(AuthenticationProperties properties)
    {
        Response.StatusCode = StatusCodes.Status401Unauthorized;
        Response.Headers.WWWAuthenticate = $"ApiKey header=\"{CallerAuthDefaults.ApiKeyHeader}\"";
        return Task.CompletedTask;
    }
}
