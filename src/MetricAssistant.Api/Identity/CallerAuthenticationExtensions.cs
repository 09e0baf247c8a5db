using MetricAssistant.Application.Identity;
using MetricAssistant.Application.Security;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.Protocols;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;
using Microsoft.IdentityModel.Tokens;

namespace MetricAssistant.Api.Identity;

public static class CallerAuthenticationExtensions
{
    /// <summary>Only asymmetric signatures: <c>alg: none</c> and HS256 signed with a public key are refused.</summary>
    public static readonly IReadOnlyList<string> AllowedAlgorithms = [SecurityAlgorithms.RsaSha256, SecurityAlgorithms.EcdsaSha256];

    /// <summary>
    /// Bearer tokens (scheme <see cref="CallerAuthDefaults.BearerScheme"/>) and API keys
    /// (<see cref="CallerAuthDefaults.ApiKeyScheme"/>) behind the default scheme <see cref="CallerAuthDefaults.Scheme"/>,
    /// the policy <see cref="CallerAuthDefaults.Policy"/>, and <see cref="CallerResolver"/>. Options come from
    /// <c>Identity:Auth</c> and are validated at start. Reads <see cref="IdentityOptions"/>, which
    /// <c>AddMetricAssistant</c> binds. Signing keys come from the issuer's metadata (cached, refetched when a
    /// token names an unknown key); a test or a host may register its own
    /// <see cref="IConfigurationManager{OpenIdConnectConfiguration}"/> instead.
    /// </summary>
    public static IServiceCollection AddCallerAuthentication(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<IdentityOptions>();
        services.AddOptions<CallerAuthOptions>().Bind(configuration.GetSection(CallerAuthOptions.Section)).ValidateOnStart();
        services.AddSingleton<IValidateOptions<CallerAuthOptions>, CallerAuthOptionsValidator>();

        services.AddAuthentication(CallerAuthDefaults.Scheme)
            .AddPolicyScheme(CallerAuthDefaults.Scheme, "Bearer token or API key", o =>
                o.ForwardDefaultSelector = context => context.Request.Headers.ContainsKey(CallerAuthDefaults.ApiKeyHeader)
                    ? CallerAuthDefaults.ApiKeyScheme
                    : CallerAuthDefaults.BearerScheme)
            .AddJwtBearer(CallerAuthDefaults.BearerScheme, _ => { })
            .AddScheme<AuthenticationSchemeOptions, ApiKeyAuthenticationHandler>(CallerAuthDefaults.ApiKeyScheme, _ => { });

        services.AddOptions<JwtBearerOptions>(CallerAuthDefaults.BearerScheme)
            .Configure<IOptions<CallerAuthOptions>, IServiceProvider>((jwt, auth, provider) => ConfigureBearer(jwt, auth.Value, provider));

        services.AddAuthorizationBuilder()
            .AddPolicy(CallerAuthDefaults.Policy, policy => policy
                .AddAuthenticationSchemes(CallerAuthDefaults.Scheme)
                .RequireAuthenticatedUser());

        services.AddSingleton<CallerResolver>();
        return services;
    }

    /// <summary>
    /// Requires an authenticated caller on these endpoints when demo identities are off; with them on the
    /// endpoints stay open and the application falls back to the requested demo user. Either way an
    /// endpoint's bound <see cref="ResolvedCaller"/> that did not authenticate is a 401 (<see cref="CallerFilter"/>).
    /// </summary>
    public static TBuilder RequireCaller<TBuilder>(this TBuilder builder, IdentityOptions identity) where TBuilder : IEndpointConventionBuilder
    {
        ArgumentNullException.ThrowIfNull(identity);
        builder.AddEndpointFilter<TBuilder, CallerFilter>();
        builder.ProducesProblem(StatusCodes.Status401Unauthorized);
        return identity.DemoIdentities ? builder : builder.RequireAuthorization(CallerAuthDefaults.Policy);
    }

    private static void ConfigureBearer(JwtBearerOptions jwt, CallerAuthOptions auth, IServiceProvider provider)
    {
        // Claim names stay as the token has them ("oid", "roles"), not mapped to WS-Federation URIs.
        jwt.MapInboundClaims = false;
        jwt.IncludeErrorDetails = false;
        jwt.RefreshOnIssuerKeyNotFound = true;
        jwt.RequireHttpsMetadata = auth.RequireHttpsMetadata;
        if (!string.IsNullOrWhiteSpace(auth.Authority))
            jwt.Authority = auth.Authority;
        if (!string.IsNullOrWhiteSpace(auth.MetadataAddress))
            jwt.MetadataAddress = auth.MetadataAddress;

        if (provider.GetService<IConfigurationManager<OpenIdConnectConfiguration>>() is { } injected)
            jwt.ConfigurationManager = injected;
        else if (!auth.HasMetadataSource)
            // No issuer configured: every token fails (no signing keys) instead of the handler throwing.
            jwt.Configuration = new OpenIdConnectConfiguration();

        var userIdClaims = auth.EffectiveUserIdClaims;
        jwt.TokenValidationParameters = new TokenValidationParameters
        {
            AuthenticationType = CallerAuthDefaults.BearerScheme,
            ValidateIssuer = true,
            ValidIssuers = auth.ValidIssuers.Where(i => !string.IsNullOrWhiteSpace(i)).ToList(),
            ValidateAudience = true,
            ValidAudiences = auth.EffectiveAudiences,
            ValidateLifetime = true,
            RequireExpirationTime = true,
            ClockSkew = TimeSpan.FromSeconds(auth.ClockSkewSeconds),
            ValidateIssuerSigningKey = true,
            RequireSignedTokens = true,
            ValidAlgorithms = AllowedAlgorithms,
            NameClaimType = userIdClaims[0],
            RoleClaimType = auth.RolesClaim,
        };

        jwt.Events = new JwtBearerEvents
        {
            OnTokenValidated = async context =>
            {
                var identity = context.Principal?.Identity as System.Security.Claims.ClaimsIdentity;
                if (identity is null || CallerResolver.FirstValue(identity, userIdClaims) is null)
                {
                    context.Fail($"The token carries none of the user id claims ({string.Join(", ", userIdClaims)}).");
                    return;
                }
                // Too many groups for the token: read them from the directory, or mark the caller as refused (403).
                if (GroupsOverage.IsMarked(identity, auth.GroupsClaim))
                    await GroupsOverage.ResolveAsync(identity, auth.GroupsClaim, context.HttpContext.RequestServices.GetService<IDirectoryGroups>(), context.HttpContext.RequestAborted);
            },
        };
    }
}
