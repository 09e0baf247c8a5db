using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using MetricAssistant.Bot.Tests.Simulator;

namespace MetricAssistant.Bot.Tests.Endpoint;

/// <summary>
/// "Request this metric" in Teams: a not-found card (and the thanks after a 👎) offers it; a click makes a request with
/// the question that led there and replies with its id and status; when an owner answers it over the API, the requester
/// gets a Teams message in that conversation.
/// </summary>
public sealed class RequestsFromTeamsTests : IDisposable
{
    private readonly BotApiFactory service = new();
    private readonly HttpClient http;

    public RequestsFromTeamsTests() => http = service.CreateClient();

    public void Dispose() => service.Dispose();

    private async Task<JsonObject> SendAsync(JsonObject activity, int before)
    {
        await http.PostAsJsonAsync("/api/messages", activity);
        return (JsonObject)(await service.Connector.NextMessageAsync(Activities.ConversationOf(activity), before))["attachments"]![0]!["content"]!;
    }

    private static JsonObject Click(JsonObject button, string conversation, string aad)
    {
        var click = Activities.Message("", aad, conversationId: conversation);
        click["value"] = button["data"]!.DeepClone();
        return click;
    }

    [Fact]
    public async Task A_not_found_card_requests_the_metric_and_the_requester_hears_back_in_teams()
    {
        var conversation = $"req-{Guid.NewGuid():N}";
        var card = await SendAsync(Activities.Message("上个月的库存周转率", Activities.Guest, conversation), 0);
        var button = CardWalker.Submits(card).Single(b => (string?)b["data"]?["action"] == "request");
        Assert.Equal("📝 提报这个指标", (string?)button["title"]);
        Assert.Equal("上个月的库存周转率", (string?)button["data"]!["question"]);

        var reply = await SendAsync(Click(button, conversation, Activities.Guest), 1);
        var text = string.Join(" ", CardWalker.Texts(reply));
        Assert.Contains("已提报：编号 1", text);
        Assert.Contains("open", text);

        using var listRequest = new HttpRequestMessage(HttpMethod.Get, "/api/requests?mine=true");
        listRequest.Headers.Add("X-User", "guest");
        var mine = JsonDocument.Parse(await (await http.SendAsync(listRequest)).Content.ReadAsStringAsync()).RootElement[0];
        Assert.Equal(("上个月的库存周转率", "teams", true), (mine.GetProperty("question").GetString(), mine.GetProperty("door").GetString(), mine.GetProperty("fromTeams").GetBoolean()));

        var answered = await http.PostAsync("/api/requests/1/status",
            new StringContent("""{"status":"declined","comment":"仓储数据还没接入","user":"ceo"}""", Encoding.UTF8, "application/json"));
        Assert.True(answered.IsSuccessStatusCode, await answered.Content.ReadAsStringAsync());

        var notice = await service.Connector.NextMessageAsync(conversation, 2);
        var sent = service.Connector.Sent.Last(s => s.ConversationId == conversation);
        Assert.Null(sent.ReplyToId); // proactive: a new message in the conversation, not a reply
        Assert.Equal("https://smba.trafficmanager.net/amer/", sent.ServiceUrl);
        Assert.Equal((Activities.BotId, "29:user-24"), ((string?)notice["from"]!["id"], (string?)notice["recipient"]!["id"]));
        var noticeText = string.Join(" ", CardWalker.Texts(notice["attachments"]![0]!["content"]));
        Assert.Contains("未被采纳", noticeText);
        Assert.Contains("仓储数据还没接入", noticeText);
    }

    [Fact]
    public async Task A_thumbs_down_offers_the_request_too()
    {
        var conversation = $"req-{Guid.NewGuid():N}";
        var card = await SendAsync(Activities.Message("上个月的客单价", Activities.Ceo, conversation), 0);
        var down = CardWalker.Submits(card).Single(b => (string?)b["data"]?["action"] == "feedback" && (bool?)b["data"]?["helpful"] == false);
        var thanks = await SendAsync(Click(down, conversation, Activities.Ceo), 1);
        var request = CardWalker.Submits(thanks).Single(b => (string?)b["data"]?["action"] == "request");
        Assert.Equal("上个月的客单价", (string?)request["data"]!["question"]);
    }
}
