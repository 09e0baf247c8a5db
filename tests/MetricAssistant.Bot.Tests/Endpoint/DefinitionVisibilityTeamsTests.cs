using System.Net.Http.Json;
using MetricAssistant.Bot.Tests.Simulator;

namespace MetricAssistant.Bot.Tests.Endpoint;

/// <summary>Teams "list metrics" and "define" show only the definitions the asker may read (issue #14, item 4).</summary>
public sealed class DefinitionVisibilityTeamsTests(MessagesEndpointTests.Factory factory) : IClassFixture<MessagesEndpointTests.Factory>
{
    private readonly BotApiFactory service = factory.Service;

    private async Task<string> ReplyAsync(string text, string user)
    {
        var activity = Activities.Message(text, aadObjectId: user, locale: "en-US");
        using var http = service.CreateClient();
        await http.PostAsJsonAsync("/api/messages", activity);
        var reply = await service.Connector.NextMessageAsync(Activities.ConversationOf(activity));
        return string.Join("\n", CardWalker.Texts(reply["attachments"]![0]!["content"]));
    }

    [Fact]
    public async Task Guest_lists_no_finance_sensitive_metric_and_the_ceo_does()
    {
        var guest = await ReplyAsync("list metrics", Activities.Guest);
        Assert.Contains("Orders", guest, StringComparison.Ordinal);
        Assert.DoesNotContain("Gross margin", guest, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("Gross profit", guest, StringComparison.OrdinalIgnoreCase);
        var ceo = await ReplyAsync("list metrics", Activities.Ceo);
        Assert.Contains("Gross margin", ceo, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Guest_may_not_read_a_hidden_definition_by_id_or_name()
    {
        foreach (var term in new[] { "gross_margin", "Gross margin", "毛利率" })
        {
            var guest = await ReplyAsync("define " + term, Activities.Guest);
            Assert.True(guest.Contains("that you may see", StringComparison.Ordinal) || guest.Contains("你可以查看的指标", StringComparison.Ordinal), guest);
            Assert.DoesNotContain("gross_profit", guest, StringComparison.OrdinalIgnoreCase);
        }
        Assert.Contains("Gross margin", await ReplyAsync("define gross_margin", Activities.Ceo), StringComparison.OrdinalIgnoreCase);
        Assert.Contains("Orders", await ReplyAsync("define order_count", Activities.Guest), StringComparison.Ordinal);
    }
}
