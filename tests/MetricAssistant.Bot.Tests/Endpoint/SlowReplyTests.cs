using System.Net;
using System.Net.Http.Json;

namespace MetricAssistant.Bot.Tests.Endpoint;

/// <summary>A slow answer never holds the endpoint: it acknowledges after its bounded wait and the reply follows.</summary>
public sealed class SlowReplyTests
{
    [Fact]
    public async Task The_endpoint_acknowledges_before_a_held_back_reply_is_sent()
    {
        using var service = new BotApiFactory(acknowledgeWithinMs: 100);
        var http = service.CreateClient();
        service.Connector.Gate = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);

        var activity = Activities.Message("上个月的GMV");
        using var response = await http.PostAsJsonAsync("/api/messages", activity);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Empty(service.Connector.Sent); // the reply is still held back, yet the endpoint has answered

        service.Connector.Gate.SetResult();
        var reply = await service.Connector.NextMessageAsync(Activities.ConversationOf(activity));
        Assert.Equal((string?)activity["id"], (string?)reply["replyToId"]);
    }
}
