using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text;
using MetricAssistant.Bot.Tests.Authentication;

namespace MetricAssistant.Bot.Tests.Endpoint;

/// <summary>
/// /api/messages with an app id configured: tokens issued by a loopback Connector issuer with its own keys
/// (the metadata address is configurable). Anything but a valid token for this bot and this serviceUrl
/// gets 401/403 and nothing is processed.
/// </summary>
public sealed class AuthenticatedEndpointTests : IAsyncLifetime
{
    private TestConnectorIssuer issuer = null!;
    private TestConnectorIssuer.PublishedKey key = null!;
    private BotApiFactory service = null!;
    private HttpClient http = null!;

    public async Task InitializeAsync()
    {
        key = new TestConnectorIssuer.PublishedKey(RSA.Create(2048), "key-1", ["msteams"]);
        issuer = await TestConnectorIssuer.StartAsync(key);
        service = new BotApiFactory(metadataUrl: issuer.MetadataUrl);
        http = service.CreateClient();
    }

    public async Task DisposeAsync()
    {
        service.Dispose();
        await issuer.DisposeAsync();
    }

    public static TheoryData<string> Spoiled() => ["none", "garbage", "expired", "audience", "issuer", "signature", "basic"];

    [Theory]
    [MemberData(nameof(Spoiled))]
    public async Task Bad_or_missing_tokens_get_401_and_nothing_is_processed(string spoil)
    {
        var now = DateTimeOffset.UtcNow;
        var other = new TestConnectorIssuer.PublishedKey(RSA.Create(2048), "key-1", ["msteams"]);
        var header = spoil switch
        {
            "none" => null,
            "garbage" => new AuthenticationHeaderValue("Bearer", "not.a.token"),
            "expired" => Bearer(TestConnectorIssuer.Token(key, now, notBefore: now.AddHours(-3), expires: now.AddHours(-2))),
            "audience" => Bearer(TestConnectorIssuer.Token(key, now, audience: "another-bot")),
            "issuer" => Bearer(TestConnectorIssuer.Token(key, now, issuer: "https://evil.example.com")),
            "signature" => Bearer(TestConnectorIssuer.Token(other, now)),
            _ => new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes("a:b"))),
        };
        var status = await PostAsync(Activities.Message("上个月的GMV", serviceUrl: TestConnectorIssuer.ServiceUrl), header);
        Assert.Equal(HttpStatusCode.Unauthorized, status);
        await Task.Delay(200);
        Assert.Empty(service.Connector.Sent);
    }

    [Fact]
    public async Task A_token_for_another_service_url_gets_403()
    {
        var token = TestConnectorIssuer.Token(key, DateTimeOffset.UtcNow, serviceUrl: "https://smba.trafficmanager.net/emea/");
        var status = await PostAsync(Activities.Message("上个月的GMV", serviceUrl: TestConnectorIssuer.ServiceUrl), Bearer(token));
        Assert.Equal(HttpStatusCode.Forbidden, status);
        Assert.Empty(service.Connector.Sent);
    }

    [Fact]
    public async Task A_garbage_body_without_a_token_says_only_401()
    {
        using var response = await http.PostAsync("/api/messages", new StringContent("not json", Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task A_valid_token_is_answered()
    {
        var activity = Activities.Message("上个月的GMV", serviceUrl: TestConnectorIssuer.ServiceUrl);
        var status = await PostAsync(activity, Bearer(TestConnectorIssuer.Token(key, DateTimeOffset.UtcNow)));
        Assert.Equal(HttpStatusCode.OK, status);
        var reply = await service.Connector.NextMessageAsync(Activities.ConversationOf(activity));
        Assert.Equal((string?)activity["id"], (string?)reply["replyToId"]);
    }

    private async Task<HttpStatusCode> PostAsync(System.Text.Json.Nodes.JsonObject activity, AuthenticationHeaderValue? header)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/messages") { Content = JsonContent.Create(activity) };
        request.Headers.Authorization = header;
        using var response = await http.SendAsync(request);
        return response.StatusCode;
    }

    private static AuthenticationHeaderValue Bearer(string token) => new("Bearer", token);
}
