using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text.Json.Nodes;
using MetricAssistant.Bot.Tests.Authentication;
using MetricAssistant.Bot.Tests.Connector;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;

namespace MetricAssistant.Bot.Tests.Endpoint;

/// <summary>
/// The outsider of issue #14 against a deployment configuration (demo identities off): an activity claiming the
/// CEO's aadObjectId whose serviceUrl points at a server of the sender's choosing (here a recording server on
/// loopback). The real Connector client is in place, so "nothing posted" is what that server saw.
/// </summary>
public sealed class TeamsDoorTests : IAsyncLifetime
{
    private TestConnectorIssuer.PublishedKey key = null!;
    private TestConnectorIssuer issuer = null!;
    private LoopbackHttpServer attacker = null!;

    public async Task InitializeAsync()
    {
        key = new TestConnectorIssuer.PublishedKey(RSA.Create(2048), "key-1", ["msteams"]);
        issuer = await TestConnectorIssuer.StartAsync(key);
        attacker = await LoopbackHttpServer.StartAsync(async (context, _) =>
        {
            context.Response.StatusCode = 200;
            context.Response.ContentType = "application/json";
            await context.Response.WriteAsync("""{"id":"1:stolen"}""");
        });
    }

    public async Task DisposeAsync()
    {
        await attacker.DisposeAsync();
        await issuer.DisposeAsync();
    }

    private string AttackerUrl => attacker.At("/collect/").ToString();

    private Dictionary<string, string> Authenticated() => new()
    {
        ["Bot:AppId"] = TestConnectorIssuer.AppId,
        ["Bot:AppPassword"] = "test-secret",
        ["Bot:OpenIdMetadataUrl"] = issuer.MetadataUrl,
    };

    [Fact]
    public void A_deployment_without_bot_authentication_does_not_start()
    {
        using var service = new DeploymentBotFactory(new Dictionary<string, string>());

        var error = Assert.ThrowsAny<Exception>(() => service.CreateClient());

        var validation = Unwrap(error);
        Assert.NotNull(validation);
        Assert.Contains(validation.Failures, f => f.Contains("Bot:AppId is empty", StringComparison.Ordinal) && f.Contains("Bot:AllowUnauthenticatedSimulator", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("no token")]
    [InlineData("unsigned token")]
    [InlineData("garbage token")]
    public async Task The_outsider_claiming_the_ceo_gets_401_and_nothing_is_posted(string how)
    {
        using var service = new DeploymentBotFactory(Authenticated());
        using var http = service.CreateClient();
        var header = how switch
        {
            "unsigned token" => new AuthenticationHeaderValue("Bearer", TestConnectorIssuer.UnsignedToken(key.Kid, DateTimeOffset.UtcNow)),
            "garbage token" => new AuthenticationHeaderValue("Bearer", "eyJhbGciOiJub25lIn0.eyJzZXJ2aWNldXJsIjoiaHR0cDovLzEyNy4wLjAuMSJ9."),
            _ => null,
        };

        var status = await PostAsync(http, Activities.Message("上个月的毛利率", aadObjectId: Activities.Ceo, serviceUrl: AttackerUrl), header);

        Assert.Equal(HttpStatusCode.Unauthorized, status);
        await Task.Delay(1000);
        Assert.Empty(attacker.Requests);
    }

    [Fact]
    public async Task A_valid_token_for_another_service_url_is_refused_and_nothing_is_posted()
    {
        using var service = new DeploymentBotFactory(Authenticated());
        using var http = service.CreateClient();
        // Signed by the Connector's key, for this bot, but issued for Teams' own serviceUrl, not the attacker's.
        var token = TestConnectorIssuer.Token(key, DateTimeOffset.UtcNow, serviceUrl: TestConnectorIssuer.ServiceUrl);

        var status = await PostAsync(http, Activities.Message("上个月的毛利率", serviceUrl: AttackerUrl), new AuthenticationHeaderValue("Bearer", token));

        Assert.Equal(HttpStatusCode.Forbidden, status);
        await Task.Delay(1000);
        Assert.Empty(attacker.Requests);
    }

    [Theory]
    [InlineData("loopback")]
    [InlineData("elsewhere")]
    public async Task A_service_url_outside_the_allow_list_is_refused_even_when_the_token_vouches_for_it(string where)
    {
        using var service = new DeploymentBotFactory(Authenticated());
        using var http = service.CreateClient();
        var serviceUrl = where == "loopback" ? AttackerUrl : "https://connector.attacker.example/amer/";
        var token = TestConnectorIssuer.Token(key, DateTimeOffset.UtcNow, serviceUrl: serviceUrl);

        var status = await PostAsync(http, Activities.Message("上个月的毛利率", serviceUrl: serviceUrl), new AuthenticationHeaderValue("Bearer", token));

        Assert.Equal(HttpStatusCode.Forbidden, status);
        await Task.Delay(1000);
        Assert.Empty(attacker.Requests);
        Assert.Contains(service.Logs.Lines, l => l.Message.Contains("not in Bot:AllowedServiceUrls", StringComparison.Ordinal) || l.Message.Contains("loopback address", StringComparison.Ordinal));
    }

    [Fact]
    public async Task With_the_simulator_setting_on_an_unsigned_activity_is_answered_on_loopback_and_the_start_warns()
    {
        using var service = new DeploymentBotFactory(new Dictionary<string, string> { ["Bot:AllowUnauthenticatedSimulator"] = "true" });
        using var http = service.CreateClient();

        var status = await PostAsync(http, Activities.Message("上个月的GMV", aadObjectId: Activities.Ceo, serviceUrl: AttackerUrl), null);

        Assert.Equal(HttpStatusCode.OK, status);
        var reply = await WaitForAsync(() => attacker.Requests.FirstOrDefault(r => r.Method == "POST" && JsonNode.Parse(r.Body)?["type"]?.GetValue<string>() == "message"));
        Assert.StartsWith("/collect/v3/conversations/", reply.RawTarget, StringComparison.Ordinal);
        Assert.Contains(service.Logs.Lines, l => l.Level == Microsoft.Extensions.Logging.LogLevel.Warning && l.Message.Contains("BOT:ALLOWUNAUTHENTICATEDSIMULATOR IS ON", StringComparison.Ordinal));

        // The setting opens the door to the local simulator, not to any address: elsewhere is still refused.
        var elsewhere = await PostAsync(http, Activities.Message("上个月的GMV", serviceUrl: "https://connector.attacker.example/"), null);
        Assert.Equal(HttpStatusCode.Forbidden, elsewhere);
    }

    [Fact]
    public async Task In_demo_mode_loopback_is_allowed_but_other_addresses_outside_the_list_are_not()
    {
        using var service = new BotApiFactory();
        using var http = service.CreateClient();

        var refused = await PostAsync(http, Activities.Message("上个月的GMV", serviceUrl: "https://connector.attacker.example/"), null);
        var local = Activities.Message("上个月的GMV", serviceUrl: "http://127.0.0.1:3978/");
        var accepted = await PostAsync(http, local, null);

        Assert.Equal(HttpStatusCode.Forbidden, refused);
        Assert.Equal(HttpStatusCode.OK, accepted);
        await service.Connector.NextMessageAsync(Activities.ConversationOf(local));
        Assert.All(service.Connector.Sent, s => Assert.Equal("http://127.0.0.1:3978/", s.ServiceUrl));
    }

    private static async Task<HttpStatusCode> PostAsync(HttpClient http, JsonObject activity, AuthenticationHeaderValue? header)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/messages") { Content = JsonContent.Create(activity) };
        request.Headers.Authorization = header;
        using var response = await http.SendAsync(request);
        return response.StatusCode;
    }

    private static async Task<T> WaitForAsync<T>(Func<T?> probe) where T : class
    {
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (DateTime.UtcNow < deadline)
        {
            if (probe() is { } found) return found;
            await Task.Delay(100);
        }
        throw new TimeoutException("nothing arrived");
    }

    private static OptionsValidationException? Unwrap(Exception? error)
    {
        for (var e = error; e is not null; e = e.InnerException)
        {
            if (e is OptionsValidationException validation) return validation;
            if (e is AggregateException aggregate && aggregate.InnerExceptions.Select(Unwrap).FirstOrDefault(v => v is not null) is { } inner) return inner;
        }
        return null;
    }
}
