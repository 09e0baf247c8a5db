using System.Security.Cryptography;
using MetricAssistant.Api.Identity;
using MetricAssistant.Application.Identity;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Protocols;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;
using Microsoft.IdentityModel.Tokens;

namespace MetricAssistant.Api.Tests.Identity;

/// <summary>
/// A minimal in-memory web host with only the caller authentication of the service, a test issuer
/// (its own RSA key, offered through an injected configuration manager) and two endpoints that echo the
/// bound <see cref="ResolvedCaller"/>: <c>/whoami</c> carries <see cref="CallerAuthenticationExtensions.RequireCaller"/>
/// exactly as the API groups do (the "caller" policy with demo identities off; the 401 filter always), <c>/open</c> none.
/// </summary>
internal sealed class AuthTestHost : IAsyncDisposable
{
    public const string Issuer = "https://login.test/tenant-1/v2.0";
    public const string Audience = "api://metric-assistant";
    public const string KeyId = "test-key-1";
    public const string EvalKey = "eval-key-7c1d0a55e4b24f3c9a1e";
    public const string ReaderKey = "reader-key-0f9e8d7c6b5a4e3d2c1b";

    /// <summary>The issuer's key; the host only ever sees its public half.</summary>
    public static RSA IssuerRsa { get; } = RSA.Create(2048);

    public static RsaSecurityKey IssuerSigningKey { get; } = new(IssuerRsa) { KeyId = KeyId };

    public static RsaSecurityKey IssuerPublicKey { get; } = new(IssuerRsa.ExportParameters(false)) { KeyId = KeyId };

    private readonly WebApplication app;

    private AuthTestHost(WebApplication app)
    {
        this.app = app;
        Client = app.GetTestClient();
    }

    public HttpClient Client { get; }

    public IServiceProvider Services => app.Services;

    public static Dictionary<string, string?> DefaultSettings(bool demoIdentities) => new()
    {
        ["Identity:DemoIdentities"] = demoIdentities ? "true" : "false",
        ["Identity:Auth:Authority"] = Issuer,
        ["Identity:Auth:Audience"] = Audience,
        ["Identity:Auth:ClockSkewSeconds"] = "30",
        ["Identity:Auth:AttributeClaims:regions"] = "extension_regions",
        ["Identity:Auth:AttributeClaims:channels"] = "ext_channels",
        ["Identity:Auth:ApiKeys:0:Name"] = "eval-runner",
        ["Identity:Auth:ApiKeys:0:KeySha256"] = ApiKeyHash.ComputeHex(EvalKey),
        ["Identity:Auth:ApiKeys:0:Roles:0"] = "evaluator",
        ["Identity:Auth:ApiKeys:0:Roles:1"] = "finance",
        ["Identity:Auth:ApiKeys:0:Attributes:regions:0"] = "east",
        ["Identity:Auth:ApiKeys:0:Attributes:regions:1"] = "north",
        ["Identity:Auth:ApiKeys:1:Name"] = "reader-service",
        ["Identity:Auth:ApiKeys:1:KeySha256"] = ApiKeyHash.ComputeHex(ReaderKey).ToUpperInvariant(),
        ["Identity:Auth:ApiKeys:1:Roles:0"] = "reader",
    };

    public static OpenIdConnectConfiguration IssuerConfiguration()
    {
        var configuration = new OpenIdConnectConfiguration { Issuer = Issuer };
        configuration.SigningKeys.Add(IssuerPublicKey);
        return configuration;
    }

    /// <param name="settings">The whole configuration (nothing from files or the environment).</param>
    /// <param name="configurationManager">The issuer's metadata; by default a static one offering <see cref="IssuerPublicKey"/>.</param>
    /// <param name="noIssuer">Register no configuration manager: the host reads its issuer from the settings alone.</param>
    /// <param name="services">More services (e.g. a catalog and a directory source for groups).</param>
    public static async Task<AuthTestHost> StartAsync(
        IDictionary<string, string?> settings,
        IConfigurationManager<OpenIdConnectConfiguration>? configurationManager = null,
        bool noIssuer = false,
        Action<IServiceCollection>? services = null)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { EnvironmentName = "Production" });
        builder.WebHost.UseTestServer();
        builder.Logging.ClearProviders();
        builder.Configuration.Sources.Clear();
        builder.Configuration.AddInMemoryCollection(settings);

        // AddMetricAssistant binds these in the real host.
        builder.Services.AddOptions<IdentityOptions>().Bind(builder.Configuration.GetSection(IdentityOptions.Section));
        if (!noIssuer)
            builder.Services.AddSingleton(configurationManager ?? new StaticConfigurationManager<OpenIdConnectConfiguration>(IssuerConfiguration()));
        builder.Services.AddCallerAuthentication(builder.Configuration);
        services?.Invoke(builder.Services);

        var app = builder.Build();
        app.UseAuthentication();
        app.UseAuthorization();
        var identity = app.Services.GetRequiredService<IOptions<IdentityOptions>>().Value;
        app.MapGet("/whoami", Echo).RequireCaller(identity);
        app.MapGet("/open", Echo);
        try
        {
            await app.StartAsync();
        }
        catch
        {
            await app.DisposeAsync();
            throw;
        }
        return new AuthTestHost(app);
    }

    private static IResult Echo(ResolvedCaller resolved, string? user)
    {
        var caller = resolved.Authenticated;
        if (resolved.Problem is { } error)
            return Results.Json(new { error }, statusCode: StatusCodes.Status401Unauthorized);
        if (caller is null)
            return Results.Json(new { demo = true, requestedUser = user });
        return Results.Json(new
        {
            demo = false,
            userId = caller.UserId,
            kind = caller.Kind.ToString(),
            roles = caller.Roles,
            attributes = caller.Attributes,
            displayName = caller.DisplayName,
        });
    }

    /// <summary>A token as the test issuer would issue it; <paramref name="adjust"/> changes the descriptor before signing.</summary>
    public static string Token(Action<SecurityTokenDescriptor>? adjust = null, IDictionary<string, object>? claims = null)
    {
        var now = DateTime.UtcNow;
        var descriptor = new SecurityTokenDescriptor
        {
            Issuer = Issuer,
            Audience = Audience,
            IssuedAt = now.AddMinutes(-1),
            NotBefore = now.AddMinutes(-1),
            Expires = now.AddMinutes(30),
            Claims = claims ?? StandardClaims(),
            SigningCredentials = new SigningCredentials(IssuerSigningKey, SecurityAlgorithms.RsaSha256),
        };
        adjust?.Invoke(descriptor);
        return new JsonWebTokenHandler().CreateToken(descriptor);
    }

    public static Dictionary<string, object> StandardClaims() => new()
    {
        ["oid"] = "5f0c7a52-0000-4000-8000-00000000a11c",
        ["sub"] = "pairwise-subject",
        ["name"] = "Li Fin",
        ["roles"] = new[] { "finance", "analyst" },
        ["extension_regions"] = "east, north",
        ["ext_channels"] = new[] { "tmall", "jd" },
    };

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await app.StopAsync();
        await app.DisposeAsync();
    }
}
