using System.Net.Http.Json;
using MetricAssistant.Bot.Tests.Simulator;

namespace MetricAssistant.Bot.Tests.Endpoint;

/// <summary>With Teams:UnknownUserRole set, a Teams user nobody mapped asks with that role's rights, no more.</summary>
public sealed class UnknownUserRoleTests
{
    [Fact]
    public async Task An_unmapped_user_gets_the_configured_role()
    {
        using var service = new BotApiFactory(unknownUserRole: "viewer");
        var http = service.CreateClient();

        var open = Activities.Message("上个月的订单数", Activities.Stranger);
        await http.PostAsJsonAsync("/api/messages", open);
        var answered = string.Join("\n", CardWalker.Texts((await service.Connector.NextMessageAsync(Activities.ConversationOf(open)))["attachments"]![0]!["content"]));
        Assert.Contains("订单数", answered);
        Assert.Matches(@"· v\d+ ·", answered); // answered with the definition named, not refused

        var closed = Activities.Message("上个月的毛利", Activities.Stranger);
        await http.PostAsJsonAsync("/api/messages", closed);
        var refused = (await service.Connector.NextMessageAsync(Activities.ConversationOf(closed))).ToJsonString();
        Assert.Contains("Attention", refused);
        Assert.DoesNotContain("万元", refused);
    }
}
