using MetricAssistant.Application.Identity;
using MetricAssistant.Bot.Authentication;
using MetricAssistant.Bot.Connector;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.Protocols;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;

namespace MetricAssistant.Bot;

public static class BotConnectorServiceCollectionExtensions
{
    public const string MetadataHttpClientName = "MetricAssistant.Bot.Metadata";

    /// <summary>
    /// <see cref="BotOptions"/> (section <c>Bot</c>, validated on start), the Connector → bot
    /// <see cref="IConnectorAuthenticator"/>, the bot → Connector <see cref="IConnectorTokenProvider"/> and the
    /// typed-HttpClient <see cref="IConnectorClient"/>, whose every request passes the <see cref="ServiceUrlGuard"/>. Uses the registered <see cref="TimeProvider"/> (the system
    /// clock when none is).
    /// </summary>
    public static IServiceCollection AddBotConnector(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<BotOptions>().Bind(configuration.GetSection(BotOptions.Section)).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<BotOptions>, BotOptionsValidator>());
        // Demo mode decides whether the door may be open; the host binds the same section too (idempotent).
        services.AddOptions<IdentityOptions>().Bind(configuration.GetSection(IdentityOptions.Section));
        services.TryAddSingleton<ServiceUrlGuard>();
        services.TryAddTransient<ServiceUrlGuardHandler>();
        services.TryAddSingleton(TimeProvider.System);
        services.AddLogging();

        services.AddHttpClient(MetadataHttpClientName, (sp, client) => client.Timeout = sp.GetRequiredService<IOptions<BotOptions>>().Value.RequestTimeout);
        services.AddHttpClient(ConnectorTokenProvider.HttpClientName, (sp, client) => client.Timeout = sp.GetRequiredService<IOptions<BotOptions>>().Value.RequestTimeout);
        services.AddHttpClient<IConnectorClient, ConnectorClient>((sp, client) => client.Timeout = sp.GetRequiredService<IOptions<BotOptions>>().Value.RequestTimeout)
            // No redirects: a 3xx from an allowed host must not carry a reply to another one.
            .ConfigurePrimaryHttpMessageHandler(() => new SocketsHttpHandler { AllowAutoRedirect = false })
            .AddHttpMessageHandler<ServiceUrlGuardHandler>();

        // Roster reads and 1:1 conversations go through the same guard as replies: only allow-listed Connector hosts.
        services.AddHttpClient<IConnectorConversations, ConnectorConversations>((sp, client) => client.Timeout = sp.GetRequiredService<IOptions<BotOptions>>().Value.RequestTimeout)
            .ConfigurePrimaryHttpMessageHandler(() => new SocketsHttpHandler { AllowAutoRedirect = false })
            .AddHttpMessageHandler<ServiceUrlGuardHandler>();
        services.TryAddSingleton<IConnectorTokenProvider, ConnectorTokenProvider>();
        services.TryAddSingleton<IConnectorAuthenticator>(sp =>
        {
            var options = sp.GetRequiredService<IOptions<BotOptions>>().Value;
            var demo = sp.GetRequiredService<IOptions<IdentityOptions>>().Value.DemoIdentities;
            var time = sp.GetRequiredService<TimeProvider>();
            var loggers = sp.GetRequiredService<ILoggerFactory>();
            var httpClients = sp.GetRequiredService<IHttpClientFactory>();
            var keys = new ConnectorSigningKeys(
                () => MetadataManager(options, httpClients),
                options.SigningKeysMinimumRefreshInterval,
                time,
                loggers.CreateLogger<ConnectorSigningKeys>());
            var acceptUnauthenticated = !options.AuthenticationEnabled && (demo || options.AllowUnauthenticatedSimulator);
            return new ConnectorAuthenticator(options, acceptUnauthenticated, keys, time, loggers.CreateLogger<ConnectorAuthenticator>());
        });
        return services;
    }

    private static ConfigurationManager<OpenIdConnectConfiguration> MetadataManager(BotOptions options, IHttpClientFactory httpClients)
    {
        // Plain http is allowed only for a loopback metadata address (a local issuer in tests); the validator refuses others.
        var requireHttps = !Uri.TryCreate(options.OpenIdMetadataUrl, UriKind.Absolute, out var uri) || uri.Scheme != Uri.UriSchemeHttp || !uri.IsLoopback;
        var retriever = new HttpDocumentRetriever(httpClients.CreateClient(MetadataHttpClientName)) { RequireHttps = requireHttps };
        return new ConfigurationManager<OpenIdConnectConfiguration>(options.OpenIdMetadataUrl, new OpenIdConnectConfigurationRetriever(), retriever)
        {
            AutomaticRefreshInterval = options.SigningKeysRefreshInterval,
            RefreshInterval = options.SigningKeysMinimumRefreshInterval,
        };
    }
}
