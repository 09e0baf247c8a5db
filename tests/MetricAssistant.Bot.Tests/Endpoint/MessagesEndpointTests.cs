using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using MetricAssistant.Bot.Tests.Simulator;

namespace MetricAssistant.Bot.Tests.Endpoint;

/// <summary>/api/messages with authentication off (the simulator's mode): input handling, replies, identities.</summary>
public sealed class MessagesEndpointTests : IClassFixture<MessagesEndpointTests.Factory>
{
    public sealed class Factory() : IDisposable
    {
        public BotApiFactory Service { get; } = new();
        public void Dispose() => Service.Dispose();
    }

    private readonly BotApiFactory service;
    private readonly HttpClient http;

    public MessagesEndpointTests(Factory factory)
    {
        service = factory.Service;
        http = service.CreateClient();
    }

    public static TheoryData<string> MalformedBodies() => new()
    {
        "",
        "not json",
        "[]",
        "42",
        "{}",
        "{\"type\": 5}",
        "{\"type\": \"message\"}",
        "{\"type\": \"message\", \"channelId\": \"msteams\", \"serviceUrl\": \"ftp://x/\", \"conversation\": {\"id\": \"c\"}, \"from\": {\"id\": \"u\"}, \"recipient\": {\"id\": \"b\"}}",
        "{\"type\": \"message\", \"channelId\": \"msteams\", \"serviceUrl\": \"javascript:alert(1)\", \"conversation\": {\"id\": \"c\"}, \"from\": {\"id\": \"u\"}, \"recipient\": {\"id\": \"b\"}}",
        "{\"type\": \"message\", \"channelId\": \"msteams\", \"serviceUrl\": \"https://x/\", \"conversation\": \"c\", \"from\": {\"id\": \"u\"}, \"recipient\": {\"id\": \"b\"}}",
        "{\"type\": \"message\", \"channelId\": \"msteams\", \"serviceUrl\": \"https://x/\", \"conversation\": {\"id\": \"c\"}, \"from\": {\"id\": \"u\"}}",
        "{\"type\": \"message\", \"text\": [1,2], \"channelId\": \"msteams\", \"serviceUrl\": \"https://x/\", \"conversation\": {\"id\": \"c\"}, \"from\": {\"id\": \"u\"}, \"recipient\": {\"id\": \"b\"}}",
        new string('[', 5000) + new string(']', 5000),
        "{\"type\": \"message\"" + string.Concat(Enumerable.Repeat(", \"x\": 1", 3)) + ",}",
    };

    [Theory]
    [MemberData(nameof(MalformedBodies))]
    public async Task Malformed_activities_get_400_and_nothing_is_sent(string body)
    {
        var before = service.Connector.Sent.Count;
        using var response = await http.PostAsync("/api/messages", new StringContent(body, Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var text = await response.Content.ReadAsStringAsync();
        Assert.DoesNotContain("   at ", text); // no stack trace
        Assert.Equal(before, service.Connector.Sent.Count);
    }

    [Fact]
    public async Task Binary_and_oversized_bodies_are_refused_without_a_500()
    {
        var binary = new byte[4096];
        new Random(7).NextBytes(binary);
        using var garbage = await http.PostAsync("/api/messages", new ByteArrayContent(binary));
        Assert.Equal(HttpStatusCode.BadRequest, garbage.StatusCode);

        var huge = Activities.Message(new string('x', 300_000));
        using var tooLarge = await http.PostAsJsonAsync("/api/messages", huge);
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, tooLarge.StatusCode);
    }

    [Fact]
    public async Task A_reply_honours_the_activity_fields_and_follows_a_typing_indicator()
    {
        var activity = Activities.Message("上个月的GMV");
        var conversation = Activities.ConversationOf(activity);
        using var response = await http.PostAsJsonAsync("/api/messages", activity);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);

        var reply = await service.Connector.NextMessageAsync(conversation);
        var sent = service.Connector.Sent.Where(s => s.ConversationId == conversation).ToArray();
        Assert.Equal("typing", (string?)sent[0].Activity["type"]);
        Assert.All(sent, s => Assert.Equal("https://smba.trafficmanager.net/amer/", s.ServiceUrl));
        Assert.All(sent, s => Assert.Equal((string?)activity["id"], s.ReplyToId));
        Assert.Equal((string?)activity["id"], (string?)reply["replyToId"]);
        Assert.Equal(conversation, (string?)reply["conversation"]!["id"]);
        Assert.Equal((string?)activity["recipient"]!["id"], (string?)reply["from"]!["id"]);
        Assert.Equal((string?)activity["from"]!["id"], (string?)reply["recipient"]!["id"]);
        Assert.Equal("zh-CN", (string?)reply["locale"]);
        Assert.Equal("msteams", (string?)reply["channelId"]);
        Assert.Null(reply["serviceUrl"]);
        var card = (JsonObject)reply["attachments"]![0]!["content"]!;
        Assert.Contains("支付GMV", string.Join("\n", CardWalker.Texts(card)));
        Assert.Empty(CardSchemaRules.Problems(card));
    }

    [Fact]
    public async Task A_teams_user_asks_as_the_mapped_catalog_user_with_its_row_rules()
    {
        var activity = Activities.Message("上个月各区域的GMV", Activities.EastWang);
        await http.PostAsJsonAsync("/api/messages", activity);
        var card = (JsonObject)(await service.Connector.NextMessageAsync(Activities.ConversationOf(activity)))["attachments"]![0]!["content"]!;
        var texts = string.Join("\n", CardWalker.Texts(card));
        Assert.Contains("数据范围", texts);
        var rows = CardWalker.TableRows(card);
        Assert.True(rows.Count <= 2, "only the east region: " + texts);
    }

    [Fact]
    public async Task A_refusal_shows_no_number_and_no_sql()
    {
        var activity = Activities.Message("上个月的毛利", Activities.Guest);
        await http.PostAsJsonAsync("/api/messages", activity);
        var reply = await service.Connector.NextMessageAsync(Activities.ConversationOf(activity));
        var json = reply.ToJsonString();
        Assert.DoesNotContain("SELECT", json, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("万元", json);
        Assert.Contains("Attention", json);
    }

    [Fact]
    public async Task An_unknown_teams_user_gets_a_polite_refusal_when_no_role_is_configured()
    {
        var activity = Activities.Message("上个月的订单数", Activities.Stranger);
        await http.PostAsJsonAsync("/api/messages", activity);
        var reply = await service.Connector.NextMessageAsync(Activities.ConversationOf(activity));
        var texts = string.Join("\n", CardWalker.Texts(reply["attachments"]![0]!["content"]));
        Assert.Contains("没有开通", texts);
        Assert.DoesNotContain("订单数", texts);
    }

    [Fact]
    public async Task Other_activity_types_are_acknowledged_and_ignored()
    {
        var activity = Activities.Message("x");
        activity["type"] = "messageReaction";
        using var response = await http.PostAsJsonAsync("/api/messages", activity);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        await Task.Delay(300);
        Assert.DoesNotContain(service.Connector.Sent, s => s.ConversationId == Activities.ConversationOf(activity));
    }

    [Fact]
    public async Task An_adaptive_card_execute_invoke_gets_an_invoke_response_and_the_answer()
    {
        var activity = Activities.Message("", locale: "en-US");
        activity["type"] = "invoke";
        activity["name"] = "adaptiveCard/action";
        activity["value"] = new JsonObject { ["action"] = new JsonObject { ["type"] = "Action.Execute", ["data"] = new JsonObject { ["action"] = "ask", ["question"] = "AOV last month" } } };
        using var response = await http.PostAsJsonAsync("/api/messages", activity);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await response.Content.ReadFromJsonAsync<JsonObject>();
        Assert.Equal(200, (int)body!["statusCode"]!);
        var reply = await service.Connector.NextMessageAsync(Activities.ConversationOf(activity));
        Assert.Contains("Average order value", string.Join("\n", CardWalker.Texts(reply["attachments"]![0]!["content"])));
    }

    [Fact]
    public async Task Mentions_and_markup_are_not_part_of_the_question()
    {
        var activity = Activities.Message("<at>Metric Assistant</at>&nbsp;define <b>aov</b>", locale: "en-US");
        await http.PostAsJsonAsync("/api/messages", activity);
        var reply = await service.Connector.NextMessageAsync(Activities.ConversationOf(activity));
        Assert.Contains("Average order value", string.Join("\n", CardWalker.Texts(reply["attachments"]![0]!["content"])));
    }
}
