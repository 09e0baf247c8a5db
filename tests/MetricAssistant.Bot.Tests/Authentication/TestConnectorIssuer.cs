using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using MetricAssistant.Bot.Tests.Connector;
using Microsoft.AspNetCore.Http;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace MetricAssistant.Bot.Tests.Authentication;

/// <summary>
/// Plays the Bot Connector's side: OpenID metadata and a JWKS (keys with <c>endorsements</c>) served over HTTP on
/// loopback, and tokens signed with its own RSA keys.
/// </summary>
internal sealed class TestConnectorIssuer : IAsyncDisposable
{
    public const string Issuer = "https://api.botframework.com";
    public const string AppId = "4f3c2a1b-0d9e-4c8b-a7f6-123456789abc";
    public const string ServiceUrl = "https://smba.trafficmanager.net/amer/";
    public const string MetadataPath = "/v1/.well-known/openidconfiguration";
    public const string KeysPath = "/v1/.well-known/keys";

    public sealed record PublishedKey(RSA Rsa, string Kid, string[] Endorsements);

    private readonly LoopbackHttpServer server;
    private volatile PublishedKey[] published;
    private int keyFetches;

    private TestConnectorIssuer(LoopbackHttpServer server, PublishedKey[] keys)
    {
        this.server = server;
        published = keys;
    }

    public string MetadataUrl => server.At(MetadataPath).ToString();

    public int KeyFetches => Volatile.Read(ref keyFetches);

    public static async Task<TestConnectorIssuer> StartAsync(params PublishedKey[] keys)
    {
        TestConnectorIssuer? issuer = null;
        var server = await LoopbackHttpServer.StartAsync(async (context, request) =>
        {
            context.Response.ContentType = "application/json";
            if (request.RawTarget == MetadataPath)
                await context.Response.WriteAsync(issuer!.Metadata());
            else if (request.RawTarget == KeysPath)
            {
                Interlocked.Increment(ref issuer!.keyFetches);
                await context.Response.WriteAsync(issuer.Jwks());
            }
            else
                context.Response.StatusCode = 404;
        });
        issuer = new TestConnectorIssuer(server, keys);
        return issuer;
    }

    public void Publish(params PublishedKey[] keys) => published = keys;

    private string Metadata() => JsonSerializer.Serialize(new Dictionary<string, object>
    {
        ["issuer"] = Issuer,
        ["authorization_endpoint"] = "https://invalid.botframework.com",
        ["jwks_uri"] = server.At(KeysPath).ToString(),
        ["id_token_signing_alg_values_supported"] = new[] { "RS256" },
        ["token_endpoint_auth_methods_supported"] = new[] { "private_key_jwt" },
    });

    private string Jwks() => JsonSerializer.Serialize(new
    {
        keys = published.Select(k =>
        {
            var p = k.Rsa.ExportParameters(false);
            return new Dictionary<string, object>
            {
                ["kty"] = "RSA",
                ["use"] = "sig",
                ["kid"] = k.Kid,
                ["n"] = Base64UrlEncoder.Encode(p.Modulus),
                ["e"] = Base64UrlEncoder.Encode(p.Exponent),
                ["endorsements"] = k.Endorsements,
            };
        }),
    });

    /// <summary>A token as the Connector would send it; the arguments spoil one part at a time.</summary>
    public static string Token(
        PublishedKey key,
        DateTimeOffset now,
        string audience = AppId,
        string issuer = Issuer,
        string? serviceUrl = ServiceUrl,
        DateTimeOffset? notBefore = null,
        DateTimeOffset? expires = null,
        string? kid = null)
    {
        var descriptor = new SecurityTokenDescriptor
        {
            Issuer = issuer,
            Audience = audience,
            NotBefore = (notBefore ?? now.AddMinutes(-1)).UtcDateTime,
            IssuedAt = (notBefore ?? now.AddMinutes(-1)).UtcDateTime,
            Expires = (expires ?? now.AddMinutes(59)).UtcDateTime,
            Claims = serviceUrl is null ? new Dictionary<string, object>() : new Dictionary<string, object> { ["serviceurl"] = serviceUrl },
            SigningCredentials = new SigningCredentials(new RsaSecurityKey(key.Rsa) { KeyId = kid ?? key.Kid }, SecurityAlgorithms.RsaSha256),
        };
        return new JsonWebTokenHandler { SetDefaultTimesOnTokenCreation = false }.CreateToken(descriptor);
    }

    /// <summary>An unsigned token (<c>alg: none</c>) with otherwise perfect claims.</summary>
    public static string UnsignedToken(string kid, DateTimeOffset now)
    {
        var header = Base64UrlEncoder.Encode(Encoding.UTF8.GetBytes($$"""{"alg":"none","typ":"JWT","kid":"{{kid}}"}"""));
        var payload = Base64UrlEncoder.Encode(Encoding.UTF8.GetBytes(JsonSerializer.Serialize(new Dictionary<string, object>
        {
            ["iss"] = Issuer, ["aud"] = AppId, ["serviceurl"] = ServiceUrl,
            ["nbf"] = now.AddMinutes(-1).ToUnixTimeSeconds(), ["exp"] = now.AddMinutes(59).ToUnixTimeSeconds(),
        })));
        return $"{header}.{payload}.";
    }

    /// <summary>HS256 "signed" with the published RSA public key as the HMAC secret (the key-confusion attack).</summary>
    public static string HmacWithPublicKey(PublishedKey key, DateTimeOffset now)
    {
        var secret = key.Rsa.ExportSubjectPublicKeyInfo();
        var descriptor = new SecurityTokenDescriptor
        {
            Issuer = Issuer,
            Audience = AppId,
            NotBefore = now.AddMinutes(-1).UtcDateTime,
            Expires = now.AddMinutes(59).UtcDateTime,
            Claims = new Dictionary<string, object> { ["serviceurl"] = ServiceUrl },
            SigningCredentials = new SigningCredentials(new SymmetricSecurityKey(secret) { KeyId = key.Kid }, SecurityAlgorithms.HmacSha256),
        };
        return new JsonWebTokenHandler { SetDefaultTimesOnTokenCreation = false }.CreateToken(descriptor);
    }

    public async Task StopAsync() => await server.DisposeAsync();

    public async ValueTask DisposeAsync() => await server.DisposeAsync();
}
