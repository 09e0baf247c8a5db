using System.Text.Json.Nodes;
using MetricAssistant.Application.Catalog;
using MetricAssistant.Application.Governance.Requests;
using MetricAssistant.Bot.Connector;
using MetricAssistant.Bot.Handling;
using MetricAssistant.Catalog.Model;
using MetricAssistant.Tests.Shared;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;

namespace MetricAssistant.Bot.Tests.Connector;

/// <summary>
/// The Teams notice of an answered request, sent by the real Connector client to a Connector stand-in (https on
/// loopback, the bot's token from a fake Azure AD): a new activity in the request's conversation, from the bot to the
/// requester, saying what the owner decided; requests made elsewhere send nothing.
/// </summary>
public sealed class RequestNotifierTests
{
    private const string ConversationId = "a:1Req-z_@thread.skype";

    private static readonly DateTimeOffset T0 = new(2025, 7, 15, 2, 0, 0, TimeSpan.Zero);

    private sealed class FixedCatalog(SemanticCatalog catalog) : ICatalogProvider
    {
        public SemanticCatalog Current => catalog;
    }

    private static async Task<ServiceProvider> ServicesAsync(LoopbackHttpServer connector, LoopbackHttpServer aad)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Bot:AppId"] = "4f3c2a1b-0d9e-4c8b-a7f6-123456789abc",
            ["Bot:AppPassword"] = "secret",
            ["Bot:TokenEndpoint"] = aad.At("/t/oauth2/v2.0/token").ToString(),
        }).Build();
        var services = new ServiceCollection().AddBotConnector(configuration);
        services.AddHttpClient<IConnectorClient, ConnectorClient>().ConfigurePrimaryHttpMessageHandler(connector.TrustingHandler);
        await Task.CompletedTask;
        return services.BuildServiceProvider();
    }

    private static MetricRequest Request(TeamsConversation? teams) => new(7, "库存周转率", "上个月的库存周转率", null, RequestStatus.Done, new RequestDomain("Merchandising", "商品部"),
        "units_sold", "guest", teams is null ? "api" : "teams", teams, T0, T0.AddDays(3), "ceo", "units_sold");

    [Fact]
    public async Task An_answered_request_made_in_teams_is_told_in_its_conversation()
    {
        await using var aad = await LoopbackHttpServer.StartAsync(async (context, _) =>
        {
            context.Response.ContentType = "application/json";
            await context.Response.WriteAsync("""{"token_type":"Bearer","expires_in":3600,"access_token":"bot-token"}""");
        });
        await using var connector = await LoopbackHttpServer.StartAsync(async (context, _) =>
        {
            context.Response.StatusCode = 201;
            context.Response.ContentType = "application/json";
            await context.Response.WriteAsync("""{"id":"1:notice"}""");
        }, https: true);
        await using var services = await ServicesAsync(connector, aad);
        var notifier = new TeamsRequestNotifier(services.GetRequiredService<IConnectorClient>(), new FixedCatalog(TestRepository.Catalog), NullLogger<TeamsRequestNotifier>.Instance);
        var teams = new TeamsConversation(connector.At("/amer/").ToString(), ConversationId, "msteams", "28:bot-app-id", "Metric Assistant", "29:user-24", "Patti", "zh-CN", "tenant-1");
        var change = new RequestEvent(3, 7, RequestEventKind.Status, RequestStatus.Accepted, RequestStatus.Done, "已发布", "units_sold", "ceo", T0.AddDays(3));

        await notifier.NotifyAsync(Request(teams), change, CancellationToken.None);

        var received = Assert.Single(connector.Requests);
        Assert.Equal(("POST", "/amer/v3/conversations/a%3A1Req-z_%40thread.skype/activities"), (received.Method, received.RawTarget));
        Assert.Equal("Bearer bot-token", received.Authorization);
        var activity = JsonNode.Parse(received.Body)!;
        Assert.Equal(("message", "28:bot-app-id", "29:user-24", ConversationId), ((string?)activity["type"], (string?)activity["from"]!["id"], (string?)activity["recipient"]!["id"],
            (string?)activity["conversation"]!["id"]));
        var card = string.Join(" ", MetricAssistant.Bot.Tests.Simulator.CardWalker.Texts(activity["attachments"]![0]!["content"]));
        Assert.Contains("已完成", card);
        Assert.Contains("units_sold", card);
        Assert.Contains("已发布", card);

        // A request made over the API has no conversation: nothing is sent.
        await notifier.NotifyAsync(Request(null), change, CancellationToken.None);
        Assert.Single(connector.Requests);
    }
}
