using System.Net;
using System.Net.Http.Headers;
using System.Security.Cryptography;
using Microsoft.IdentityModel.Protocols;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;
using Microsoft.IdentityModel.Tokens;

namespace MetricAssistant.Api.Tests.Identity;

/// <summary>
/// The production path for keys: a real <see cref="ConfigurationManager{T}"/> reading the issuer's
/// metadata and JWKS (served here from memory instead of HTTP). Keys are cached, a token naming an unknown
/// key makes the service fetch them again, and unknown keys cannot make it hammer the issuer.
/// </summary>
public sealed class SigningKeyRotationTests
{
    private const string MetadataAddress = "https://login.test/tenant-1/v2.0/.well-known/openid-configuration";
    private const string JwksAddress = "https://login.test/tenant-1/discovery/v2.0/keys";

    private sealed class InMemoryIssuer : IDocumentRetriever
    {
        private volatile RsaSecurityKey[] keys = [];
        private int jwksFetches;

        public int JwksFetches => Volatile.Read(ref jwksFetches);

        public void Publish(params RsaSecurityKey[] published) => keys = published;

        public Task<string> GetDocumentAsync(string address, CancellationToken cancel)
        {
            if (address == MetadataAddress)
                return Task.FromResult($$"""{"issuer":"{{AuthTestHost.Issuer}}","jwks_uri":"{{JwksAddress}}","id_token_signing_alg_values_supported":["RS256"]}""");
            if (address == JwksAddress)
            {
                Interlocked.Increment(ref jwksFetches);
                var jwks = string.Join(",", keys.Select(k =>
                    $$"""{"kty":"RSA","use":"sig","kid":"{{k.KeyId}}","n":"{{Base64UrlEncoder.Encode(k.Parameters.Modulus)}}","e":"{{Base64UrlEncoder.Encode(k.Parameters.Exponent)}}"}"""));
                return Task.FromResult($$"""{"keys":[{{jwks}}]}""");
            }
            throw new IOException($"unexpected address {address}");
        }
    }

    private static RsaSecurityKey PublicKey(RSA rsa, string kid) => new(rsa.ExportParameters(false)) { KeyId = kid };

    private static string TokenSignedWith(RSA rsa, string kid)
        => AuthTestHost.Token(d => d.SigningCredentials = new SigningCredentials(new RsaSecurityKey(rsa) { KeyId = kid }, SecurityAlgorithms.RsaSha256));

    private static async Task<HttpStatusCode> StatusAsync(AuthTestHost host, string token)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/whoami");
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        using var response = await host.Client.SendAsync(request);
        return response.StatusCode;
    }

    [Fact]
    public async Task Keys_are_cached_and_a_rotated_in_key_is_fetched_when_a_token_names_it()
    {
        using var rotatedRsa = RSA.Create(2048);
        using var unknownRsa = RSA.Create(2048);
        var issuer = new InMemoryIssuer();
        issuer.Publish(AuthTestHost.IssuerPublicKey);
        var manager = new ConfigurationManager<OpenIdConnectConfiguration>(MetadataAddress, new OpenIdConnectConfigurationRetriever(), issuer);
        await using var host = await AuthTestHost.StartAsync(AuthTestHost.DefaultSettings(demoIdentities: false), manager);

        for (var i = 0; i < 5; i++)
            Assert.Equal(HttpStatusCode.OK, await StatusAsync(host, AuthTestHost.Token()));
        Assert.Equal(1, issuer.JwksFetches); // cached

        // The issuer rolls a new key; the first token signed with it makes the service look again.
        issuer.Publish(AuthTestHost.IssuerPublicKey, PublicKey(rotatedRsa, "test-key-2"));
        var rotatedToken = TokenSignedWith(rotatedRsa, "test-key-2");
        var status = HttpStatusCode.Unauthorized;
        for (var attempt = 0; attempt < 50 && status != HttpStatusCode.OK; attempt++)
        {
            status = await StatusAsync(host, rotatedToken);
            if (status != HttpStatusCode.OK)
                await Task.Delay(100);
        }
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(HttpStatusCode.OK, await StatusAsync(host, AuthTestHost.Token()));
        var fetchesAfterRotation = issuer.JwksFetches;
        Assert.Equal(2, fetchesAfterRotation);

        // Tokens naming a key the issuer never published are refused, and do not trigger a fetch each.
        var unknownToken = TokenSignedWith(unknownRsa, "test-key-never-published");
        for (var i = 0; i < 10; i++)
            Assert.Equal(HttpStatusCode.Unauthorized, await StatusAsync(host, unknownToken));
        await Task.Delay(200);
        Assert.True(issuer.JwksFetches <= fetchesAfterRotation + 1, $"{issuer.JwksFetches} fetches");
    }
}
