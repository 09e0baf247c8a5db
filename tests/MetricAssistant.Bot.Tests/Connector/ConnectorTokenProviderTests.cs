using System.Net;
using MetricAssistant.Bot.Connector;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace MetricAssistant.Bot.Tests.Connector;

/// <summary>Client-credentials tokens from a fake Azure AD token endpoint on loopback.</summary>
public sealed class ConnectorTokenProviderTests
{
    private const string AppId = "4f3c2a1b-0d9e-4c8b-a7f6-123456789abc";
    private const string Secret = "s3cr3t~value";
    private readonly ManualTimeProvider time = new(DateTimeOffset.UtcNow);
    private int issued;

    private static ServiceProvider Services(TimeProvider time, Uri? tokenEndpoint, string? appId = AppId)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Bot:AppId"] = appId,
            ["Bot:AppPassword"] = appId is null ? null : Secret,
            ["Bot:TokenEndpoint"] = tokenEndpoint?.ToString(),
        }).Build();
        return new ServiceCollection().AddSingleton(time).AddBotConnector(configuration).BuildServiceProvider();
    }

    private Task<LoopbackHttpServer> AzureAdAsync(int expiresIn = 3600, TimeSpan? delay = null) =>
        LoopbackHttpServer.StartAsync(async (context, _) =>
        {
            if (delay is { } d)
                await Task.Delay(d);
            var n = Interlocked.Increment(ref issued);
            context.Response.ContentType = "application/json";
            await context.Response.WriteAsync($$"""{"token_type":"Bearer","expires_in":{{expiresIn}},"ext_expires_in":{{expiresIn}},"access_token":"token-{{n}}"}""");
        });

    [Fact]
    public async Task Asks_for_client_credentials_with_the_bot_framework_scope()
    {
        await using var aad = await AzureAdAsync();
        await using var services = Services(time, aad.At("/botframework.com/oauth2/v2.0/token"));
        var token = await services.GetRequiredService<IConnectorTokenProvider>().GetTokenAsync(CancellationToken.None);

        Assert.Equal("token-1", token);
        var request = Assert.Single(aad.Requests);
        Assert.Equal("POST", request.Method);
        Assert.Equal("/botframework.com/oauth2/v2.0/token", request.RawTarget);
        Assert.StartsWith("application/x-www-form-urlencoded", request.ContentType);
        var form = System.Web.HttpUtility.ParseQueryString(request.Body);
        Assert.Equal("client_credentials", form["grant_type"]);
        Assert.Equal(AppId, form["client_id"]);
        Assert.Equal(Secret, form["client_secret"]);
        Assert.Equal("https://api.botframework.com/.default", form["scope"]);
    }

    [Fact]
    public async Task Caches_the_token_until_five_minutes_before_it_expires()
    {
        await using var aad = await AzureAdAsync(expiresIn: 3600);
        await using var services = Services(time, aad.At("/t/oauth2/v2.0/token"));
        var tokens = services.GetRequiredService<IConnectorTokenProvider>();

        Assert.Equal("token-1", await tokens.GetTokenAsync(CancellationToken.None));
        time.Advance(TimeSpan.FromMinutes(54));
        Assert.Equal("token-1", await tokens.GetTokenAsync(CancellationToken.None));
        Assert.Single(aad.Requests);

        time.Advance(TimeSpan.FromMinutes(1) + TimeSpan.FromSeconds(1)); // 55 min in: inside the 5-minute margin
        Assert.Equal("token-2", await tokens.GetTokenAsync(CancellationToken.None));
        Assert.Equal("token-2", await tokens.GetTokenAsync(CancellationToken.None));
        Assert.Equal(2, aad.Requests.Count);
    }

    [Fact]
    public async Task Concurrent_callers_share_one_request()
    {
        await using var aad = await AzureAdAsync(delay: TimeSpan.FromMilliseconds(300));
        await using var services = Services(time, aad.At("/t/oauth2/v2.0/token"));
        var tokens = services.GetRequiredService<IConnectorTokenProvider>();

        var all = await Task.WhenAll(Enumerable.Range(0, 20).Select(_ => Task.Run(() => tokens.GetTokenAsync(CancellationToken.None))));

        Assert.All(all, t => Assert.Equal("token-1", t));
        Assert.Single(aad.Requests);
    }

    [Fact]
    public async Task Refused_credentials_are_a_clear_failure_that_does_not_leak_the_secret()
    {
        await using var aad = await LoopbackHttpServer.StartAsync(async (context, _) =>
        {
            context.Response.StatusCode = (int)HttpStatusCode.Unauthorized;
            context.Response.ContentType = "application/json";
            await context.Response.WriteAsync("""{"error":"invalid_client","error_description":"AADSTS7000215: Invalid client secret provided.\r\nTrace ID: 1\r\nCorrelation ID: 2","error_codes":[7000215]}""");
        });
        await using var services = Services(time, aad.At("/t/oauth2/v2.0/token"));

        var e = await Assert.ThrowsAsync<ConnectorTokenException>(() => services.GetRequiredService<IConnectorTokenProvider>().GetTokenAsync(CancellationToken.None));

        Assert.Equal(401, e.StatusCode);
        Assert.False(e.IsTransient);
        Assert.Contains("invalid_client", e.Message);
        Assert.Contains("AADSTS7000215", e.Message);
        Assert.Contains(AppId, e.Message);
        Assert.DoesNotContain(Secret, e.Message);
        Assert.DoesNotContain("Trace ID", e.Message);
    }

    [Fact]
    public async Task A_server_error_is_transient()
    {
        await using var aad = await LoopbackHttpServer.StartAsync((context, _) =>
        {
            context.Response.StatusCode = 503;
            return Task.CompletedTask;
        });
        await using var services = Services(time, aad.At("/t/oauth2/v2.0/token"));
        var e = await Assert.ThrowsAsync<ConnectorTokenException>(() => services.GetRequiredService<IConnectorTokenProvider>().GetTokenAsync(CancellationToken.None));
        Assert.True(e.IsTransient);
        Assert.Equal(503, e.StatusCode);
    }

    [Fact]
    public async Task Without_an_app_id_there_is_no_token_and_no_request()
    {
        await using var aad = await AzureAdAsync();
        await using var services = Services(time, aad.At("/t/oauth2/v2.0/token"), appId: null);
        Assert.Null(await services.GetRequiredService<IConnectorTokenProvider>().GetTokenAsync(CancellationToken.None));
        Assert.Empty(aad.Requests);
    }
}
