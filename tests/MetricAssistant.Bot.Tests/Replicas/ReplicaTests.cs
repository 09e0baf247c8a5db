using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using MetricAssistant.Bot.Tests.Endpoint;
using MetricAssistant.Bot.Tests.Simulator;

namespace MetricAssistant.Bot.Tests.Replicas;

/// <summary>
/// Two replicas on one shared PostgreSQL behave as one service: a conversation started on A continues on B, a chart link
/// A handed out is drawn by B, a 👍 clicked on B for A's answer is read on A, a catalog publish on A is answered on B within
/// two seconds, and Teams' two install updates landing on both replicas welcome once.
/// </summary>
public sealed partial class ReplicaTests(ReplicaPair replicas) : IClassFixture<ReplicaPair>
{
    private static StringContent Json(object body) => new(JsonSerializer.Serialize(body), Encoding.UTF8, "application/json");

    private static async Task<JsonElement> ReadAsync(HttpResponseMessage response)
    {
        var text = await response.Content.ReadAsStringAsync();
        Assert.DoesNotContain("   at ", text);
        return JsonDocument.Parse(text).RootElement.Clone();
    }

    private static async Task<JsonElement> AskAsync(HttpClient client, string question, string? conversationId = null) =>
        await ReadAsync(await client.PostAsync("/api/ask", Json(new { question, user = "ceo", now = ReplicaFactory.Now, conversationId })));

    /// <summary>Posts a Teams activity to a replica and returns the card it sent back.</summary>
    private static async Task<JsonObject> TeamsAsync(ReplicaFactory replica, JsonObject activity)
    {
        var conversation = Activities.ConversationOf(activity);
        var before = replica.Connector.Messages(conversation).Count;
        using var response = await replica.CreateClient().PostAsJsonAsync("/api/messages", activity);
        Assert.True(response.IsSuccessStatusCode, response.StatusCode.ToString());
        return (JsonObject)(await replica.Connector.NextMessageAsync(conversation, before))["attachments"]![0]!["content"]!;
    }

    [GeneratedRegex("/api/charts/([A-Za-z0-9_-]{22})\\.png")]
    private static partial Regex ChartLink();

    [SkippableFact]
    public async Task A_follow_up_on_B_continues_the_conversation_started_on_A()
    {
        ReplicaPair.SkipIfUnavailable();
        var conversation = Guid.NewGuid().ToString("N");
        var first = await AskAsync(replicas.A.CreateClient(), "2025年6月华东的GMV", conversation);
        Assert.Equal("answered", first.GetProperty("status").GetString());

        var followUp = await AskAsync(replicas.B.CreateClient(), "那华南呢", conversation);
        var full = await AskAsync(replicas.A.CreateClient(), "2025年6月华南的GMV");
        Assert.Equal("answered", followUp.GetProperty("status").GetString());
        Assert.Equal("2025年6月华东的GMV", followUp.GetProperty("followUpOf").GetString());
        Assert.Equal(full.GetProperty("query").GetRawText(), followUp.GetProperty("query").GetRawText());
        Assert.Equal(full.GetProperty("rows").GetRawText(), followUp.GetProperty("rows").GetRawText());

        // And back on A, a third turn builds on the second.
        var third = await AskAsync(replicas.A.CreateClient(), "那华北呢", conversation);
        Assert.Equal("那华南呢", third.GetProperty("followUpOf").GetString());
    }

    [SkippableFact]
    public async Task A_chart_link_handed_out_by_A_is_drawn_by_B()
    {
        ReplicaPair.SkipIfUnavailable();
        var card = await TeamsAsync(replicas.A, Activities.Message("上个月各渠道的GMV"));
        var link = ChartLink().Match(card.ToJsonString());
        Assert.True(link.Success, card.ToJsonString());

        using var fromB = await replicas.B.CreateClient().GetAsync($"/api/charts/{link.Groups[1].Value}.png");
        Assert.Equal(HttpStatusCode.OK, fromB.StatusCode);
        Assert.Equal("image/png", fromB.Content.Headers.ContentType?.MediaType);
        var png = await fromB.Content.ReadAsByteArrayAsync();
        Assert.Equal([0x89, 0x50, 0x4E, 0x47], png[..4]);
        // Drawn from the same spec, the same bytes on either replica.
        Assert.Equal(png, await replicas.A.CreateClient().GetByteArrayAsync($"/api/charts/{link.Groups[1].Value}.png"));
        Assert.Equal(HttpStatusCode.NotFound, (await replicas.B.CreateClient().GetAsync("/api/charts/AAAAAAAAAAAAAAAAAAAAAA.png")).StatusCode);
    }

    [SkippableFact]
    public async Task A_thumbs_up_clicked_on_B_for_an_answer_from_A_is_read_on_A()
    {
        ReplicaPair.SkipIfUnavailable();
        var conversation = $"feedback-{Guid.NewGuid():N}";
        var card = await TeamsAsync(replicas.A, Activities.Message("上个月的客单价", conversationId: conversation));
        var up = CardWalker.Submits(card).Single(b => (string?)b["data"]?["action"] == "feedback" && (bool?)b["data"]?["helpful"] == true);
        var click = Activities.Message("", conversationId: conversation);
        click["value"] = up["data"]!.DeepClone();
        await TeamsAsync(replicas.B, click);

        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/feedback?metric=aov&limit=10");
        request.Headers.Add("X-User", "ceo");
        var page = await ReadAsync(await replicas.A.CreateClient().SendAsync(request));
        var entry = Assert.Single(page.GetProperty("entries").EnumerateArray());
        Assert.Equal("上个月的客单价", entry.GetProperty("question").GetString());
        Assert.True(entry.GetProperty("helpful").GetBoolean());
    }

    [SkippableFact]
    public async Task A_publish_on_A_is_answered_with_the_new_version_on_B_within_two_seconds()
    {
        ReplicaPair.SkipIfUnavailable();
        const string Question = "上个月的篮子数";
        var a = replicas.A.CreateClient();
        var b = replicas.B.CreateClient();
        var before = await AskAsync(b, Question);
        Assert.False(before.GetProperty("status").GetString() == "answered" && before.GetProperty("metric").GetProperty("id").GetString() == "order_count");
        var definition = await ReadAsync(await a.GetAsync("/api/metrics/order_count?user=ceo"));
        var version = (await ReadAsync(await a.GetAsync("/api/metrics/order_count/versions?user=ceo"))).EnumerateArray().Last().GetProperty("version").GetInt32();
        var synonyms = definition.GetProperty("synonyms").EnumerateArray().Select(s => s.GetString()).Append("篮子数").ToArray();

        var proposed = await ReadAsync(await a.PostAsync("/api/proposals", Json(new { kind = "change", metricId = "order_count", baseVersion = version,
            definition = new { synonyms }, reason = "业务常用说法", user = "ecom_zhao" })));
        var id = proposed.GetProperty("id").GetString();
        Assert.Equal(HttpStatusCode.Created, (await a.PostAsync($"/api/proposals/{id}/reviews", Json(new { decision = "approve", comment = "ok", user = "ceo" }))).StatusCode);
        using var published = await a.PostAsync($"/api/proposals/{id}/publish", Json(new { user = "ceo" }));
        var result = await ReadAsync(published);
        Assert.True(published.StatusCode == HttpStatusCode.OK, result.ToString());
        var newVersion = result.GetProperty("version").GetInt32();
        Assert.True(newVersion >= version); // a synonym is not a change of meaning: the version may stay, the catalog still moves

        var clock = Stopwatch.StartNew();
        JsonElement after;
        do
        {
            after = await AskAsync(b, Question);
            if (after.GetProperty("status").GetString() == "answered" && after.GetProperty("metric").GetProperty("id").GetString() == "order_count") break;
            await Task.Delay(100);
        }
        while (clock.Elapsed < TimeSpan.FromSeconds(2));
        Assert.Equal("answered", after.GetProperty("status").GetString());
        Assert.Equal("order_count", after.GetProperty("metric").GetProperty("id").GetString());
        Assert.Equal(newVersion, after.GetProperty("metric").GetProperty("version").GetInt32());
    }

    [SkippableFact]
    public async Task Install_updates_landing_on_both_replicas_welcome_once()
    {
        ReplicaPair.SkipIfUnavailable();
        var conversation = $"a:welcome-{Guid.NewGuid():N}";
        var install = Activities.Message("", conversationId: conversation);
        install["type"] = "installationUpdate";
        install["action"] = "add";
        install.Remove("text");
        var update = Activities.MembersChanged(conversation, added: [Activities.BotId]);
        update["membersAdded"] = new JsonArray(new JsonObject { ["id"] = Activities.BotId });
        update["conversation"] = new JsonObject { ["id"] = conversation, ["conversationType"] = "personal", ["tenantId"] = "tenant-1" };

        var posts = await Task.WhenAll(replicas.A.CreateClient().PostAsJsonAsync("/api/messages", install), replicas.B.CreateClient().PostAsJsonAsync("/api/messages", update));
        Assert.All(posts, p => Assert.True(p.IsSuccessStatusCode));
        await Task.Delay(500);
        Assert.Equal(1, replicas.A.Connector.Messages(conversation).Count + replicas.B.Connector.Messages(conversation).Count);
    }
}
