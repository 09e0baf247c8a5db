using System.Net;
using MetricAssistant.Bot.Connector;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace MetricAssistant.Bot.Tests.Connector;

/// <summary>
/// The one guard on Connector addresses: the default allow-list (Bot Framework and Teams hosts), loopback only in
/// demo mode or with the simulator setting, and the Connector client's HttpClient refusing anything else before it
/// leaves the process (a reply, or any other call such as a roster read).
/// </summary>
public sealed class ServiceUrlGuardTests
{
    private const string AppId = "4f3c2a1b-0d9e-4c8b-a7f6-123456789abc";

    private static ServiceProvider Services(Dictionary<string, string?> settings, Func<HttpMessageHandler>? primary = null)
    {
        var services = new ServiceCollection().AddBotConnector(new ConfigurationBuilder().AddInMemoryCollection(settings).Build());
        if (primary is not null)
            services.AddHttpClient<IConnectorClient, ConnectorClient>().ConfigurePrimaryHttpMessageHandler(primary);
        return services.BuildServiceProvider();
    }

    private static readonly Dictionary<string, string?> Deployment = new()
    {
        ["Identity:DemoIdentities"] = "false",
        ["Bot:AppId"] = AppId,
        ["Bot:AppPassword"] = "secret",
    };

    [Theory]
    [InlineData("https://smba.trafficmanager.net/amer/", true)]
    [InlineData("https://smba.trafficmanager.net/emea/", true)]
    [InlineData("https://SMBA.TrafficManager.net/apac/", true)]
    [InlineData("https://europe.webchat.botframework.com/", true)]
    [InlineData("https://api.botframework.com", true)]
    [InlineData("https://botframework.com/", false)]
    [InlineData("https://botframework.com.attacker.example/", false)]
    [InlineData("https://evilbotframework.com/", false)]
    [InlineData("https://smba.trafficmanager.net.attacker.example/amer/", false)]
    [InlineData("http://smba.trafficmanager.net/amer/", false)]
    [InlineData("https://smba.trafficmanager.net:8443/amer/", false)]
    [InlineData("https://smba.trafficmanager.net@attacker.example/", false)]
    [InlineData("https://attacker.example/smba.trafficmanager.net/", false)]
    [InlineData("http://127.0.0.1:3978/", false)]
    [InlineData("http://localhost:3978/", false)]
    [InlineData("http://[::1]:3978/", false)]
    [InlineData("ftp://smba.trafficmanager.net/", false)]
    [InlineData("not a url", false)]
    public void A_deployment_allows_the_default_hosts_and_nothing_else(string serviceUrl, bool allowed)
    {
        using var services = Services(Deployment);
        var guard = services.GetRequiredService<ServiceUrlGuard>();
        Assert.Equal(allowed, guard.Allows(serviceUrl, out var problem));
        Assert.Equal(allowed, problem.Length == 0);
    }

    [Theory]
    [InlineData("true", null, true)]
    [InlineData("false", "true", true)]
    [InlineData("false", "false", false)]
    public void Loopback_only_in_demo_mode_or_with_the_simulator_setting(string demo, string? simulator, bool loopback)
    {
        using var services = Services(new()
        {
            ["Identity:DemoIdentities"] = demo,
            ["Bot:AppId"] = simulator is null or "true" ? "" : AppId,
            ["Bot:AppPassword"] = simulator is null or "true" ? null : "secret",
            ["Bot:AllowUnauthenticatedSimulator"] = simulator,
        });
        var guard = services.GetRequiredService<ServiceUrlGuard>();
        Assert.Equal(loopback, guard.LoopbackAllowed);
        Assert.Equal(loopback, guard.Allows("http://127.0.0.1:56000/", out _));
        Assert.False(guard.Allows("https://connector.attacker.example/", out _));
    }

    [Fact]
    public void A_configured_list_replaces_the_defaults()
    {
        using var services = Services(new(Deployment) { ["Bot:AllowedServiceUrls:0"] = "https://smba.infra.gcc.teams.microsoft.com/amer/*" });
        var guard = services.GetRequiredService<ServiceUrlGuard>();
        Assert.True(guard.Allows("https://smba.infra.gcc.teams.microsoft.com/amer/", out _));
        Assert.False(guard.Allows("https://smba.infra.gcc.teams.microsoft.com/emea/", out _));
        Assert.False(guard.Allows("https://smba.trafficmanager.net/amer/", out _));
    }

    [Fact]
    public async Task The_connector_client_posts_nothing_to_an_address_outside_the_list()
    {
        await using var server = await LoopbackHttpServer.StartAsync((context, _) => context.Response.WriteAsync("""{"id":"1:x"}"""), https: true);
        await using var services = Services(Deployment, server.TrustingHandler);

        // A stored request notice or a reply, addressed to a loopback server in a deployment.
        var result = await services.GetRequiredService<IConnectorClient>().SendAsync(server.At("/amer/").ToString(), "a:conv", null, new() { ["type"] = "message" }, CancellationToken.None);

        Assert.False(result.Succeeded);
        Assert.Contains("loopback", result.Error, StringComparison.Ordinal);
        Assert.Empty(server.Requests);
    }

    [Fact]
    public async Task Any_request_through_the_connector_http_client_is_checked_before_it_leaves()
    {
        await using var server = await LoopbackHttpServer.StartAsync((context, _) => context.Response.WriteAsync("[]"), https: true);
        await using var services = Services(Deployment, server.TrustingHandler);
        // The typed client's HttpClient, as any Connector call (e.g. GET …/members) would use it.
        var http = services.GetRequiredService<IHttpClientFactory>().CreateClient(nameof(IConnectorClient));

        using var response = await http.GetAsync(server.At("/amer/v3/conversations/a%3Aconv/members"));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Empty(server.Requests);
    }

    [Fact]
    public async Task In_demo_mode_the_same_client_reaches_loopback()
    {
        await using var server = await LoopbackHttpServer.StartAsync((context, _) => context.Response.WriteAsync("""{"id":"1:x"}"""), https: false);
        await using var services = Services(new() { ["Identity:DemoIdentities"] = "true" });

        var result = await services.GetRequiredService<IConnectorClient>().SendAsync(server.At("/sim/").ToString(), "a:conv", null, new() { ["type"] = "message" }, CancellationToken.None);

        Assert.True(result.Succeeded, result.Error);
        Assert.Single(server.Requests);
    }
}
