using System.Net.Http.Json;
using System.Text.Json.Nodes;
using MetricAssistant.Bot.Tests.Simulator;

namespace MetricAssistant.Bot.Tests.Endpoint;

/// <summary>
/// Teams buttons teach the assistant: a clarification button says which question it clarifies and which metric
/// was chosen, and a 👍 carries the answer's query; both become pending examples the owners read at /api/examples.
/// </summary>
public sealed class LearningFromTeamsTests : IDisposable
{
    private readonly BotApiFactory service = new();
    private readonly HttpClient http;

    public LearningFromTeamsTests() => http = service.CreateClient();

    public void Dispose() => service.Dispose();

    private async Task<JsonObject> SendAsync(JsonObject activity)
    {
        await http.PostAsJsonAsync("/api/messages", activity);
        return (JsonObject)(await service.Connector.NextMessageAsync(Activities.ConversationOf(activity)))["attachments"]![0]!["content"]!;
    }

    private async Task<JsonArray> ExamplesAsync()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/examples");
        request.Headers.Add("X-User", "ceo");
        using var response = await http.SendAsync(request);
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<JsonObject>())!["examples"]!.AsArray();
    }

    private static JsonObject Click(JsonObject button, string conversation)
    {
        var click = Activities.Message("", conversationId: conversation);
        click["value"] = button["data"]!.DeepClone();
        return click;
    }

    [Fact]
    public async Task A_clarification_button_is_learned_as_an_example_of_the_question_it_clarifies()
    {
        var conversation = $"learn-{Guid.NewGuid():N}";
        var card = await SendAsync(Activities.Message("上个月客户数", conversationId: conversation));
        var button = CardWalker.Submits(card)[0];
        Assert.Equal("上个月客户数", (string?)button["data"]!["clarifies"]);
        var chosen = (string)button["data"]!["metric"]!;

        await SendAsync(Click(button, conversation));

        var example = (JsonObject)Assert.Single(await ExamplesAsync())!;
        Assert.Equal("上个月客户数", (string?)example["question"]);
        Assert.Equal(chosen, (string?)example["metrics"]![0]);
        Assert.Equal("clarification", (string?)example["origin"]);
        Assert.Equal("pending", (string?)example["status"]);
    }

    [Fact]
    public async Task A_thumbs_up_carries_the_answers_query_and_is_learned()
    {
        var conversation = $"learn-{Guid.NewGuid():N}";
        var card = await SendAsync(Activities.Message("上个月的客单价", conversationId: conversation));
        var up = CardWalker.Submits(card).Single(b => (string?)b["data"]?["action"] == "feedback" && (bool?)b["data"]?["helpful"] == true);
        Assert.Equal("aov", (string?)up["data"]!["query"]!["metrics"]![0]);

        await SendAsync(Click(up, conversation));

        var example = (JsonObject)Assert.Single(await ExamplesAsync())!;
        Assert.Equal(("上个月的客单价", "aov", "feedback"), ((string?)example["question"], (string?)example["metrics"]![0], (string?)example["origin"]));
    }
}
