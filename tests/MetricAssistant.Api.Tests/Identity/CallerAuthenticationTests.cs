using System.Net;
using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using MetricAssistant.Api.Identity;
using Microsoft.IdentityModel.Tokens;

namespace MetricAssistant.Api.Tests.Identity;

/// <summary>With demo identities off: only a valid token or API key makes a caller, and nothing in the request chooses who.</summary>
public sealed class CallerAuthenticationTests : IAsyncLifetime
{
    private AuthTestHost host = null!;

    public async Task InitializeAsync() => host = await AuthTestHost.StartAsync(AuthTestHost.DefaultSettings(demoIdentities: false));

    public async Task DisposeAsync() => await host.DisposeAsync();

    private async Task<(HttpStatusCode Status, JsonElement Body, HttpResponseMessage Response)> GetAsync(
        string path, string? bearer = null, string? apiKey = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        if (bearer is not null)
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", bearer);
        if (apiKey is not null)
            request.Headers.Add(CallerAuthDefaults.ApiKeyHeader, apiKey);
        var response = await host.Client.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        return (response.StatusCode, text.Length == 0 ? default : JsonDocument.Parse(text).RootElement.Clone(), response);
    }

    private static string[] Strings(JsonElement array) => array.EnumerateArray().Select(e => e.GetString()!).ToArray();

    [Fact]
    public async Task A_valid_token_becomes_an_authenticated_caller_with_mapped_id_roles_and_attributes()
    {
        var (status, body, _) = await GetAsync("/whoami", AuthTestHost.Token());

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.False(body.GetProperty("demo").GetBoolean());
        Assert.Equal("5f0c7a52-0000-4000-8000-00000000a11c", body.GetProperty("userId").GetString()); // oid before sub
        Assert.Equal("Authenticated", body.GetProperty("kind").GetString());
        Assert.Equal("Li Fin", body.GetProperty("displayName").GetString());
        Assert.Equal(["finance", "analyst"], Strings(body.GetProperty("roles")));
        var attributes = body.GetProperty("attributes");
        Assert.Equal(["east", "north"], Strings(attributes.GetProperty("regions")));   // one comma-separated claim
        Assert.Equal(["tmall", "jd"], Strings(attributes.GetProperty("channels")));   // a repeated (array) claim
    }

    [Fact]
    public async Task Sub_is_the_user_id_when_the_token_has_no_oid()
    {
        var claims = AuthTestHost.StandardClaims();
        claims.Remove("oid");
        var (status, body, _) = await GetAsync("/whoami", AuthTestHost.Token(claims: claims));

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("pairwise-subject", body.GetProperty("userId").GetString());
    }

    [Fact]
    public async Task A_token_without_any_user_id_claim_is_refused()
    {
        var claims = AuthTestHost.StandardClaims();
        claims.Remove("oid");
        claims.Remove("sub");
        var (status, _, _) = await GetAsync("/whoami", AuthTestHost.Token(claims: claims));

        Assert.Equal(HttpStatusCode.Unauthorized, status);
    }

    [Fact]
    public async Task The_requested_user_is_ignored_when_a_token_is_presented()
    {
        var (status, body, _) = await GetAsync("/whoami?user=ceo", AuthTestHost.Token());

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("5f0c7a52-0000-4000-8000-00000000a11c", body.GetProperty("userId").GetString());
        Assert.DoesNotContain("ceo", body.GetRawText());
    }

    [Theory]
    [InlineData("/whoami?user=ceo")]   // behind the "caller" policy, as the API groups will be
    [InlineData("/open?user=ceo")]     // no policy: the resolver alone still refuses
    [InlineData("/open")]
    public async Task Without_credentials_no_one_is_anyone_whatever_user_the_request_names(string path)
    {
        var (status, body, response) = await GetAsync(path);

        Assert.Equal(HttpStatusCode.Unauthorized, status);
        if (path.StartsWith("/open", StringComparison.Ordinal))
            Assert.Equal(CallerResolver.AuthenticationRequired, body.GetProperty("error").GetString());
        else
            Assert.Contains(response.Headers.WwwAuthenticate, h => h.Scheme == "Bearer");
    }

    public static TheoryData<string, string> BadTokens()
    {
        var now = DateTime.UtcNow;
        using var otherRsa = RSA.Create(2048);
        var forgedKey = new RsaSecurityKey(otherRsa.ExportParameters(true)) { KeyId = AuthTestHost.KeyId };
        var publicKeyPem = Encoding.ASCII.GetBytes(AuthTestHost.IssuerRsa.ExportSubjectPublicKeyInfoPem());
        var publicKeyDer = AuthTestHost.IssuerRsa.ExportSubjectPublicKeyInfo();

        return new TheoryData<string, string>
        {
            { "forged signature (another key, same kid)", AuthTestHost.Token(d => d.SigningCredentials = new SigningCredentials(forgedKey, SecurityAlgorithms.RsaSha256)) },
            { "expired", AuthTestHost.Token(d => { d.IssuedAt = now.AddHours(-2); d.NotBefore = now.AddHours(-2); d.Expires = now.AddHours(-1); }) },
            { "expired beyond the clock skew", AuthTestHost.Token(d => { d.IssuedAt = now.AddHours(-2); d.NotBefore = now.AddHours(-2); d.Expires = now.AddSeconds(-90); }) },
            { "not yet valid", AuthTestHost.Token(d => { d.IssuedAt = now; d.NotBefore = now.AddHours(1); d.Expires = now.AddHours(2); }) },
            { "wrong issuer", AuthTestHost.Token(d => d.Issuer = "https://login.test/other-tenant/v2.0") },
            { "wrong audience", AuthTestHost.Token(d => d.Audience = "api://another-service") },
            { "alg none", Unsigned(now) },
            { "alg none, signature kept", Unsigned(now) + "c2lnbmF0dXJl" },
            { "HS256 keyed with the issuer's public key (PEM)", AuthTestHost.Token(d => d.SigningCredentials = new SigningCredentials(new SymmetricSecurityKey(publicKeyPem) { KeyId = AuthTestHost.KeyId }, SecurityAlgorithms.HmacSha256)) },
            { "HS256 keyed with the issuer's public key (DER)", AuthTestHost.Token(d => d.SigningCredentials = new SigningCredentials(new SymmetricSecurityKey(publicKeyDer) { KeyId = AuthTestHost.KeyId }, SecurityAlgorithms.HmacSha256)) },
            { "RS512 (allowed key, disallowed algorithm)", AuthTestHost.Token(d => d.SigningCredentials = new SigningCredentials(AuthTestHost.IssuerSigningKey, SecurityAlgorithms.RsaSha512)) },
            { "no expiry", NoExpiry(now) },
            { "garbage", "not-a-jwt" },
        };
    }

    [Theory]
    [MemberData(nameof(BadTokens))]
    public async Task A_bad_token_is_refused(string why, string token)
    {
        var (policyStatus, _, _) = await GetAsync("/whoami?user=ceo", token);
        var (openStatus, openBody, _) = await GetAsync("/open?user=ceo", token);

        Assert.True(policyStatus == HttpStatusCode.Unauthorized, $"{why}: {policyStatus}");
        Assert.True(openStatus == HttpStatusCode.Unauthorized, $"{why} (no policy): {openStatus}");
        Assert.Equal(CallerResolver.InvalidCredentials, openBody.GetProperty("error").GetString());
    }

    [Fact]
    public async Task A_valid_api_key_is_a_system_caller_with_its_configured_roles_and_attributes()
    {
        var (status, body, _) = await GetAsync("/whoami?user=ceo", apiKey: AuthTestHost.EvalKey);

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("eval-runner", body.GetProperty("userId").GetString());
        Assert.Equal("System", body.GetProperty("kind").GetString());
        Assert.Equal(["evaluator", "finance"], Strings(body.GetProperty("roles")));
        Assert.Equal(["east", "north"], Strings(body.GetProperty("attributes").GetProperty("regions")));
    }

    [Fact]
    public async Task A_fingerprint_configured_in_upper_case_hex_matches_too()
    {
        var (status, body, _) = await GetAsync("/whoami", apiKey: AuthTestHost.ReaderKey);

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("reader-service", body.GetProperty("userId").GetString());
        Assert.Equal(["reader"], Strings(body.GetProperty("roles")));
    }

    [Theory]
    [InlineData("wrong-key")]
    [InlineData("eval-key-7c1d0a55e4b24f3c9a1")]            // one character short
    [InlineData("EVAL-KEY-7C1D0A55E4B24F3C9A1E")]           // keys are case-sensitive
    [InlineData("")]
    public async Task A_wrong_api_key_is_refused(string key)
    {
        var (status, _, _) = await GetAsync("/whoami", apiKey: key);
        var (openStatus, openBody, _) = await GetAsync("/open?user=ceo", apiKey: key);

        Assert.Equal(HttpStatusCode.Unauthorized, status);
        Assert.Equal(HttpStatusCode.Unauthorized, openStatus);
        // An empty header does not reach the server at all: then it is simply no credentials.
        Assert.Equal(key.Length == 0 ? CallerResolver.AuthenticationRequired : CallerResolver.InvalidCredentials, openBody.GetProperty("error").GetString());
    }

    [Fact]
    public async Task The_configured_fingerprint_itself_is_not_a_key()
    {
        var (status, _, _) = await GetAsync("/whoami", apiKey: ApiKeyHash.ComputeHex(AuthTestHost.EvalKey));

        Assert.Equal(HttpStatusCode.Unauthorized, status);
    }

    [Fact]
    public async Task A_wrong_api_key_does_not_fall_back_to_a_valid_bearer_token()
    {
        var (status, _, _) = await GetAsync("/whoami", bearer: AuthTestHost.Token(), apiKey: "wrong-key");

        Assert.Equal(HttpStatusCode.Unauthorized, status);
    }

    private static string Base64Url(string json) => Base64UrlEncoder.Encode(Encoding.UTF8.GetBytes(json));

    private static string Payload(DateTime now, bool withExpiry = true)
    {
        var exp = new DateTimeOffset(now.AddMinutes(30)).ToUnixTimeSeconds();
        var iat = new DateTimeOffset(now.AddMinutes(-1)).ToUnixTimeSeconds();
        var expiry = withExpiry ? $",\"exp\":{exp}" : "";
        return $"{{\"iss\":\"{AuthTestHost.Issuer}\",\"aud\":\"{AuthTestHost.Audience}\",\"oid\":\"attacker\",\"roles\":[\"admin\"],\"iat\":{iat},\"nbf\":{iat}{expiry}}}";
    }

    /// <summary>Hand-built <c>alg: none</c>: header and payload, empty signature.</summary>
    private static string Unsigned(DateTime now) => $"{Base64Url("{\"alg\":\"none\",\"typ\":\"JWT\"}")}.{Base64Url(Payload(now))}.";

    /// <summary>Properly signed by the issuer's key, but with no <c>exp</c>.</summary>
    private static string NoExpiry(DateTime now)
    {
        var signingInput = $"{Base64Url($"{{\"alg\":\"RS256\",\"kid\":\"{AuthTestHost.KeyId}\",\"typ\":\"JWT\"}}")}.{Base64Url(Payload(now, withExpiry: false))}";
        var signature = AuthTestHost.IssuerRsa.SignData(Encoding.ASCII.GetBytes(signingInput), HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        return $"{signingInput}.{Base64UrlEncoder.Encode(signature)}";
    }

    [Fact]
    public async Task The_hand_built_no_expiry_token_differs_from_a_valid_one_only_by_exp()
    {
        // Guards the "no expiry" case above: the same construction with exp is accepted.
        var now = DateTime.UtcNow;
        var signingInput = $"{Base64Url($"{{\"alg\":\"RS256\",\"kid\":\"{AuthTestHost.KeyId}\",\"typ\":\"JWT\"}}")}.{Base64Url(Payload(now))}";
        var signature = AuthTestHost.IssuerRsa.SignData(Encoding.ASCII.GetBytes(signingInput), HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);

        var (status, body, _) = await GetAsync("/whoami", $"{signingInput}.{Base64UrlEncoder.Encode(signature)}");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("attacker", body.GetProperty("userId").GetString());
    }
}
