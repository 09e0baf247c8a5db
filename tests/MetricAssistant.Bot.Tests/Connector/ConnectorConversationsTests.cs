using System.Text.Json.Nodes;
using MetricAssistant.Bot.Connector;
using MetricAssistant.Bot.Protocol;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace MetricAssistant.Bot.Tests.Connector;

/// <summary>The real roster and create-conversation calls against a Connector stand-in on loopback (authentication off, as the simulator runs).</summary>
public sealed class ConnectorConversationsTests
{
    private static IConnectorConversations Client(LoopbackHttpServer connector)
    {
        var services = new ServiceCollection().AddBotConnector(new ConfigurationBuilder().Build());
        return services.BuildServiceProvider().GetRequiredService<IConnectorConversations>();
    }

    [Fact]
    public async Task The_roster_is_read_with_teams_objectId_and_a_personal_conversation_is_created()
    {
        await using var connector = await LoopbackHttpServer.StartAsync(async (context, received) =>
        {
            context.Response.ContentType = "application/json";
            if (received.Method == "GET")
                await context.Response.WriteAsync("""[{"id":"29:a","name":"A","objectId":"oid-a"},{"id":"29:b","aadObjectId":"oid-b"},{"id":"28:bot","role":"bot"},7]""");
            else if (received.Body.Contains("29:fail", StringComparison.Ordinal))
                context.Response.StatusCode = 403;
            else
                await context.Response.WriteAsync("""{"id":"a:new-1on1"}""");
        });
        var client = Client(connector);
        var service = connector.At("/amer/").ToString();

        var members = await client.GetMembersAsync(service, "19:c@thread.tacv2", CancellationToken.None);
        Assert.Equal([("29:a", "oid-a"), ("29:b", "oid-b"), ("28:bot", null)], members!.Select(m => (m.Id, m.AadObjectId)));
        Assert.Equal(("GET", "/amer/v3/conversations/19%3Ac%40thread.tacv2/members"), (connector.Requests.First().Method, connector.Requests.First().RawTarget));

        var (id, error) = await client.CreatePersonalAsync(service, new ChannelAccount("28:bot", "Bot"), new ChannelAccount("29:a"), "tenant-1", CancellationToken.None);
        Assert.Equal(("a:new-1on1", (string?)null), (id, error));
        var created = connector.Requests.Last();
        Assert.Equal(("POST", "/amer/v3/conversations"), (created.Method, created.RawTarget));
        var body = JsonNode.Parse(created.Body)!;
        Assert.Equal((false, "28:bot", "29:a", "tenant-1"), ((bool)body["isGroup"]!, (string?)body["bot"]!["id"], (string?)body["members"]![0]!["id"], (string?)body["tenantId"]));

        var (none, why) = await client.CreatePersonalAsync(service, new ChannelAccount("28:bot"), new ChannelAccount("29:fail"), null, CancellationToken.None);
        Assert.Null(none);
        Assert.StartsWith("403", why);
        Assert.Null(await client.GetMembersAsync("ftp://x/", "c", CancellationToken.None));
    }
}
