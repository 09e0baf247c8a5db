using System.Text.Json.Nodes;
using MetricAssistant.Bot.Connector;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace MetricAssistant.Bot.Tests.Connector;

/// <summary>
/// Replies to a real Connector stand-in: an https Kestrel server on loopback with a self-signed certificate
/// (trusted by this client only); the token comes from a fake Azure AD on plain loopback http.
/// </summary>
public sealed class ConnectorClientTests
{
    private const string AppId = "4f3c2a1b-0d9e-4c8b-a7f6-123456789abc";
    private const string ConversationId = "a:1Xy-z_@thread.skype";

    private static readonly JsonObject Activity = new()
    {
        ["type"] = "message",
        ["text"] = "上个月 GMV 是 1,234 万元",
        ["replyToId"] = "1234",
    };

    private static async Task<LoopbackHttpServer> AzureAdAsync() =>
        await LoopbackHttpServer.StartAsync(async (context, _) =>
        {
            context.Response.ContentType = "application/json";
            await context.Response.WriteAsync("""{"token_type":"Bearer","expires_in":3600,"access_token":"bot-token"}""");
        });

    /// <summary>A Connector that answers each attempt in turn from <paramref name="script"/> (the last one repeats).</summary>
    private static Task<LoopbackHttpServer> ConnectorAsync(bool https, params Func<HttpContext, Task>[] script)
    {
        var count = 0;
        return LoopbackHttpServer.StartAsync((context, _) =>
        {
            var n = Interlocked.Increment(ref count);
            return script[Math.Min(n, script.Length) - 1](context);
        }, https);
    }

    private static Func<HttpContext, Task> Status(int status, string? retryAfter = null) => context =>
    {
        context.Response.StatusCode = status;
        if (retryAfter is not null)
            context.Response.Headers.RetryAfter = retryAfter;
        return context.Response.WriteAsync($"{{\"error\":{{\"code\":\"E{status}\"}}}}");
    };

    private static Func<HttpContext, Task> Created(string id) => context =>
    {
        context.Response.StatusCode = 201;
        context.Response.ContentType = "application/json";
        return context.Response.WriteAsync($$"""{"id":"{{id}}"}""");
    };

    private static ServiceProvider Services(LoopbackHttpServer connector, LoopbackHttpServer? aad, int maxAttempts = 4, string maxDuration = "00:01:00")
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Bot:AppId"] = aad is null ? "" : AppId,
            ["Bot:AppPassword"] = aad is null ? null : "secret",
            ["Bot:TokenEndpoint"] = aad?.At("/t/oauth2/v2.0/token").ToString(),
            ["Bot:MaxSendAttempts"] = maxAttempts.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Bot:RetryBaseDelay"] = "00:00:00.020",
            ["Bot:RetryMaxDelay"] = "00:00:00.100",
            ["Bot:MaxSendDuration"] = maxDuration,
        }).Build();
        var services = new ServiceCollection().AddBotConnector(configuration);
        services.AddHttpClient<IConnectorClient, ConnectorClient>().ConfigurePrimaryHttpMessageHandler(connector.TrustingHandler);
        return services.BuildServiceProvider();
    }

    private static Task<ConnectorSendResult> SendAsync(ServiceProvider services, LoopbackHttpServer connector, string? replyToId = "1234", CancellationToken cancellationToken = default)
        => services.GetRequiredService<IConnectorClient>().SendAsync(connector.At("/amer/").ToString(), ConversationId, replyToId, Activity, cancellationToken);

    [Fact]
    public async Task Posts_the_activity_as_json_with_the_bearer_token_to_the_reply_address()
    {
        await using var aad = await AzureAdAsync();
        await using var connector = await ConnectorAsync(https: true, Created("1:reply-id"));
        await using var services = Services(connector, aad);

        var result = await SendAsync(services, connector);

        Assert.True(result.Succeeded, result.Error);
        Assert.Equal(201, result.StatusCode);
        Assert.Equal("1:reply-id", result.ActivityId);
        Assert.Equal(1, result.Attempts);
        var request = Assert.Single(connector.Requests);
        Assert.Equal("POST", request.Method);
        Assert.Equal("/amer/v3/conversations/a%3A1Xy-z_%40thread.skype/activities/1234", request.RawTarget);
        Assert.Equal("Bearer bot-token", request.Authorization);
        Assert.StartsWith("application/json", request.ContentType);
        Assert.Equal("上个月 GMV 是 1,234 万元", JsonNode.Parse(request.Body)!["text"]!.GetValue<string>());
    }

    [Fact]
    public async Task Without_a_reply_id_it_posts_to_the_conversation()
    {
        await using var aad = await AzureAdAsync();
        await using var connector = await ConnectorAsync(https: true, Created("x"));
        await using var services = Services(connector, aad);
        Assert.True((await SendAsync(services, connector, replyToId: null)).Succeeded);
        Assert.Equal("/amer/v3/conversations/a%3A1Xy-z_%40thread.skype/activities", Assert.Single(connector.Requests).RawTarget);
    }

    [Fact]
    public async Task A_429_is_retried_after_the_servers_Retry_After()
    {
        await using var aad = await AzureAdAsync();
        await using var connector = await ConnectorAsync(https: true, Status(429, retryAfter: "1"), Created("after-429"));
        await using var services = Services(connector, aad);

        var result = await SendAsync(services, connector);

        Assert.True(result.Succeeded, result.Error);
        Assert.Equal(2, result.Attempts);
        Assert.Equal("after-429", result.ActivityId);
        var times = connector.Requests.Select(r => r.At).ToList();
        // The backoff alone would be ~20 ms; the second attempt waited for the server's second.
        Assert.True(times[1] - times[0] >= TimeSpan.FromMilliseconds(900), $"{(times[1] - times[0]).TotalMilliseconds} ms");
    }

    [Fact]
    public async Task A_503_is_retried_then_succeeds()
    {
        await using var aad = await AzureAdAsync();
        await using var connector = await ConnectorAsync(https: true, Status(503), Status(502), Created("third-time"));
        await using var services = Services(connector, aad);

        var result = await SendAsync(services, connector);

        Assert.True(result.Succeeded, result.Error);
        Assert.Equal(3, result.Attempts);
        Assert.Equal(3, connector.Requests.Count);
        Assert.Equal("third-time", result.ActivityId);
    }

    [Fact]
    public async Task Gives_up_after_the_configured_attempts()
    {
        await using var aad = await AzureAdAsync();
        await using var connector = await ConnectorAsync(https: true, Status(503));
        await using var services = Services(connector, aad, maxAttempts: 3);

        var result = await SendAsync(services, connector);

        Assert.False(result.Succeeded);
        Assert.Equal(503, result.StatusCode);
        Assert.Equal(3, result.Attempts);
        Assert.Equal(3, connector.Requests.Count);
        Assert.Contains("503", result.Error);
    }

    [Fact]
    public async Task A_Retry_After_beyond_the_time_budget_gives_up_at_once()
    {
        await using var aad = await AzureAdAsync();
        await using var connector = await ConnectorAsync(https: true, Status(429, retryAfter: "120"));
        await using var services = Services(connector, aad, maxDuration: "00:00:10");

        var result = await SendAsync(services, connector);

        Assert.False(result.Succeeded);
        Assert.Equal(429, result.StatusCode);
        Assert.Equal(1, result.Attempts);
        Assert.Contains("MaxSendDuration", result.Error);
    }

    [Theory]
    [InlineData(400)]
    [InlineData(401)]
    [InlineData(403)]
    [InlineData(404)]
    public async Task Other_client_errors_are_not_retried(int status)
    {
        await using var aad = await AzureAdAsync();
        await using var connector = await ConnectorAsync(https: true, Status(status));
        await using var services = Services(connector, aad);

        var result = await SendAsync(services, connector);

        Assert.False(result.Succeeded);
        Assert.Equal(status, result.StatusCode);
        Assert.Equal(1, result.Attempts);
        Assert.Single(connector.Requests);
    }

    [Fact]
    public async Task Cancellation_passes_through()
    {
        await using var aad = await AzureAdAsync();
        await using var connector = await ConnectorAsync(https: true, async context => await Task.Delay(TimeSpan.FromSeconds(30), context.RequestAborted));
        await using var services = Services(connector, aad);
        using var cancel = new CancellationTokenSource(TimeSpan.FromMilliseconds(300));

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => SendAsync(services, connector, cancellationToken: cancel.Token));
    }

    [Fact]
    public async Task Cancellation_during_a_backoff_passes_through()
    {
        await using var aad = await AzureAdAsync();
        await using var connector = await ConnectorAsync(https: true, Status(429, retryAfter: "30"));
        await using var services = Services(connector, aad);
        using var cancel = new CancellationTokenSource();

        var send = SendAsync(services, connector, cancellationToken: cancel.Token);
        // Cancel once the first attempt has been answered 429 (Retry-After 30 s), not after a fixed delay: on a
        // loaded machine the token fetch and TLS handshake can outlast any fixed delay, and no request is sent at all.
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (connector.Requests.Count == 0 && DateTime.UtcNow < deadline) await Task.Delay(20);
        await Task.Delay(200);
        await cancel.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => send);
        Assert.Single(connector.Requests);
    }

    [Fact]
    public async Task A_plain_http_serviceUrl_is_refused_while_authentication_is_on()
    {
        await using var aad = await AzureAdAsync();
        await using var connector = await ConnectorAsync(https: false, Created("never"));
        await using var services = Services(connector, aad);

        var result = await SendAsync(services, connector);

        Assert.False(result.Succeeded);
        Assert.Equal(0, result.Attempts);
        Assert.Contains("not https", result.Error);
        Assert.Empty(connector.Requests);
        Assert.Empty(aad.Requests);
    }

    [Theory]
    [InlineData("/_connector")]
    [InlineData("not a url")]
    [InlineData("ftp://127.0.0.1/x")]
    [InlineData("https://user:pass@127.0.0.1/x")]
    public async Task Relative_or_odd_serviceUrls_are_refused(string serviceUrl)
    {
        await using var connector = await ConnectorAsync(https: false, Created("never"));
        await using var services = Services(connector, aad: null);
        var result = await services.GetRequiredService<IConnectorClient>().SendAsync(serviceUrl, ConversationId, null, Activity, CancellationToken.None);
        Assert.False(result.Succeeded);
        Assert.Equal(0, result.Attempts);
        Assert.Empty(connector.Requests);
    }

    [Fact]
    public async Task With_authentication_off_plain_http_is_allowed_and_no_token_is_sent()
    {
        await using var connector = await ConnectorAsync(https: false, Created("sim-1"));
        await using var services = Services(connector, aad: null);

        var result = await SendAsync(services, connector);

        Assert.True(result.Succeeded, result.Error);
        Assert.Equal("sim-1", result.ActivityId);
        Assert.Null(Assert.Single(connector.Requests).Authorization);
    }

    [Fact]
    public async Task Transport_errors_are_retried_then_reported()
    {
        await using var aad = await AzureAdAsync();
        await using var connector = await ConnectorAsync(https: true, Created("never"));
        await using var services = Services(connector, aad, maxAttempts: 2);
        var closed = connector.Address;
        await connector.DisposeAsync();

        var result = await services.GetRequiredService<IConnectorClient>().SendAsync(closed + "amer", ConversationId, null, Activity, CancellationToken.None);

        Assert.False(result.Succeeded);
        Assert.Equal(0, result.StatusCode);
        Assert.Equal(2, result.Attempts);
        Assert.Contains("transport", result.Error);
    }

    [Fact]
    public async Task Refused_credentials_stop_the_send_before_the_connector_is_called()
    {
        await using var aad = await LoopbackHttpServer.StartAsync(async (context, _) =>
        {
            context.Response.StatusCode = 401;
            await context.Response.WriteAsync("""{"error":"unauthorized_client","error_description":"AADSTS700016: Application not found in the directory."}""");
        });
        await using var connector = await ConnectorAsync(https: true, Created("never"));
        await using var services = Services(connector, aad);

        var result = await SendAsync(services, connector);

        Assert.False(result.Succeeded);
        Assert.Equal(1, result.Attempts);
        Assert.Contains("AADSTS700016", result.Error);
        Assert.Empty(connector.Requests);
    }
}
