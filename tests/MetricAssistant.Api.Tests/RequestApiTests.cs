using System.Net;
using System.Text;
using System.Text.Json;

namespace MetricAssistant.Api.Tests;

/// <summary>
/// Requests and the owners' inbox over HTTP with the demo users: guest requests, the right owners see and answer
/// (others 403 with the reason), bad transitions 400, the requester sees the answer; the inbox groups what reached
/// each owner; owners read 👍/👎 on their metrics.
/// </summary>
public sealed class RequestApiTests : IDisposable
{
    private const string Now = "2025-07-15T10:00:00";
    private readonly ApiFactory factory = new();
    private readonly HttpClient client;

    public RequestApiTests() => client = factory.CreateClient();

    public void Dispose() => factory.Dispose();

    private static StringContent Json(object body) => new(JsonSerializer.Serialize(body), Encoding.UTF8, "application/json");

    private static async Task<JsonElement> ReadAsync(HttpResponseMessage response) => JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;

    private async Task<HttpResponseMessage> GetAsync(string url, string asUser)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.Add("X-User", asUser);
        return await client.SendAsync(request);
    }

    private async Task<JsonElement> CreateAsync(string question, string user)
    {
        var response = await client.PostAsync("/api/requests", Json(new { title = "需要：" + question, question, description = "经营周会要看", user }));
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return await ReadAsync(response);
    }

    private static IEnumerable<string?> Ids(JsonElement page) => page.EnumerateArray().Select(r => r.GetProperty("id").GetString());

    [Fact]
    public async Task A_guest_requests_the_owners_see_and_answer_it_and_the_guest_sees_the_answer()
    {
        var created = await CreateAsync("按新口径统计上个月的GMV", "guest");
        var id = created.GetProperty("id").GetString()!;
        Assert.Equal(("open", "Finance"), (created.GetProperty("status").GetString(), created.GetProperty("domain").GetString()));
        var other = (await CreateAsync("上个月下单口径的GMV按渠道拆分", "east_wang")).GetProperty("id").GetString();

        Assert.Equal([id], Ids(await ReadAsync(await GetAsync("/api/requests", "fin_li"))));
        Assert.Equal([other], Ids(await ReadAsync(await GetAsync("/api/requests", "ecom_zhao"))));
        Assert.Equal([other, id], Ids(await ReadAsync(await GetAsync("/api/requests", "ceo"))));
        Assert.Equal([id], Ids(await ReadAsync(await GetAsync("/api/requests?mine=true", "guest"))));

        var forbidden = await client.PostAsync($"/api/requests/{id}/status", Json(new { status = "accepted", user = "ecom_zhao" }));
        Assert.Equal(HttpStatusCode.Forbidden, forbidden.StatusCode);
        Assert.Contains("Finance", (await ReadAsync(forbidden)).GetProperty("reason").GetString());
        var notReadable = await GetAsync($"/api/requests/{id}", "east_wang");
        Assert.Equal(HttpStatusCode.Forbidden, notReadable.StatusCode);

        var accepted = await client.PostAsync($"/api/requests/{id}/status", Json(new { status = "accepted", comment = "排进下周评审", user = "fin_li" }));
        Assert.Equal(HttpStatusCode.OK, accepted.StatusCode);
        Assert.Equal("accepted", (await ReadAsync(accepted)).GetProperty("status").GetString());
        var comment = await client.PostAsync($"/api/requests/{id}/comments", Json(new { comment = "需要按区域拆吗？", user = "guest" }));
        Assert.Equal(HttpStatusCode.Created, comment.StatusCode);

        var mine = (await ReadAsync(await GetAsync("/api/requests?mine=true", "guest")))[0];
        Assert.True(mine.GetProperty("updated").GetBoolean());
        Assert.Equal(("accepted", 1), (mine.GetProperty("status").GetString(), mine.GetProperty("unread").GetInt32()));

        var opened = await ReadAsync(await GetAsync($"/api/requests/{id}", "guest"));
        Assert.Equal(["created", "status", "comment"], opened.GetProperty("history").EnumerateArray().Select(e => e.GetProperty("kind").GetString()));
        Assert.Equal(["经营周会要看", "排进下周评审", "需要按区域拆吗？"], opened.GetProperty("comments").EnumerateArray().Select(c => c.GetProperty("comment").GetString()));
        Assert.False((await ReadAsync(await GetAsync("/api/requests?mine=true", "guest")))[0].GetProperty("updated").GetBoolean());

        var done = await client.PostAsync($"/api/requests/{id}/status", Json(new { status = "done", metricId = "gmv", user = "ceo" }));
        Assert.Equal(HttpStatusCode.OK, done.StatusCode);
        var body = await ReadAsync(done);
        Assert.Equal(("done", "gmv", "/api/metrics/gmv"), (body.GetProperty("status").GetString(), body.GetProperty("metricId").GetString(), body.GetProperty("metricLink").GetString()));
        Assert.Equal([id], Ids(await ReadAsync(await GetAsync("/api/requests?status=done", "guest"))));
    }

    [Theory]
    [InlineData("{\"status\":\"acepted\",\"user\":\"fin_li\"}", "did you mean 'accepted'")]
    [InlineData("{\"status\":\"done\",\"user\":\"fin_li\"}", "metricId is required")]
    [InlineData("{\"status\":\"done\",\"metricId\":\"gmvv\",\"user\":\"fin_li\"}", "did you mean 'gmv'")]
    [InlineData("{\"status\":\"open\",\"user\":\"fin_li\"}", "accepted, declined or done")]
    public async Task Bad_status_changes_are_400_invalid_with_the_reason(string json, string expected)
    {
        var id = (await CreateAsync("按新口径统计上个月的GMV", "guest")).GetProperty("id").GetString();
        var response = await client.PostAsync($"/api/requests/{id}/status", new StringContent(json, Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var body = await ReadAsync(response);
        Assert.Equal("invalid", body.GetProperty("status").GetString());
        Assert.Contains(expected, body.GetProperty("error").GetProperty("message").GetString());
    }

    [Fact]
    public async Task Transitions_from_a_final_status_are_400_and_unknown_requests_404()
    {
        var id = (await CreateAsync("按新口径统计上个月的GMV", "guest")).GetProperty("id").GetString();
        Assert.Equal(HttpStatusCode.OK, (await client.PostAsync($"/api/requests/{id}/status", Json(new { status = "declined", user = "fin_li" }))).StatusCode);
        var again = await client.PostAsync($"/api/requests/{id}/status", Json(new { status = "accepted", user = "fin_li" }));
        Assert.Equal(HttpStatusCode.BadRequest, again.StatusCode);
        Assert.Equal("invalid_transition", (await ReadAsync(again)).GetProperty("error").GetProperty("code").GetString());
        Assert.Equal(HttpStatusCode.NotFound, (await GetAsync("/api/requests/9999", "ceo")).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await client.PostAsync("/api/requests", Json(new { title = "x", user = "guest" }))).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await client.PostAsync("/api/requests", Json(new { question = "库存", user = "mallory" }))).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await GetAsync("/api/requests?status=closed", "ceo")).StatusCode);
    }

    [Fact]
    public async Task The_inbox_groups_what_reached_each_owner_and_refuses_who_reviews_nothing()
    {
        foreach (var question in new[] { "上个月华东的库存周转率", "本周华南的库存周转率" })
        {
            var answer = await ReadAsync(await client.PostAsync("/api/ask", Json(new { question, user = "east_wang", now = Now })));
            Assert.Equal("not_found", answer.GetProperty("status").GetString());
        }
        Assert.Equal(HttpStatusCode.NoContent, (await client.PostAsync("/api/feedback",
            Json(new { question = "上个月的订单数", metricId = "order_count", helpful = false, comment = "少了小程序订单", user = "east_wang" }))).StatusCode);
        await CreateAsync("按新口径统计上个月的GMV", "guest");

        var guest = await GetAsync("/api/inbox", "guest");
        Assert.Equal(HttpStatusCode.Forbidden, guest.StatusCode);
        Assert.Contains("reviews no metrics", (await ReadAsync(guest)).GetProperty("reason").GetString());

        // Inventory is not in the catalog: those questions reach data governance, read by the reviewer of every owner.
        var ceo = (await ReadAsync(await GetAsync("/api/inbox", "ceo"))).GetProperty("groups").EnumerateArray().ToList();
        var notFound = Assert.Single(ceo, g => g.GetProperty("kind").GetString() == "not_found");
        Assert.Equal(JsonValueKind.Null, notFound.GetProperty("metricId").ValueKind);
        Assert.Equal((2, "Data governance"), (notFound.GetProperty("count").GetInt32(), notFound.GetProperty("domain").GetString()));
        var finance = await ReadAsync(await GetAsync("/api/inbox", "fin_li"));
        var groups = finance.GetProperty("groups").EnumerateArray().ToList();
        Assert.Equal(["request"], groups.Select(g => g.GetProperty("kind").GetString()));

        var ecommerce = await ReadAsync(await GetAsync("/api/inbox", "ecom_zhao"));
        var feedback = Assert.Single(ecommerce.GetProperty("groups").EnumerateArray(), g => g.GetProperty("kind").GetString() == "feedback");
        Assert.Equal("order_count", feedback.GetProperty("metricId").GetString());
        Assert.Equal("少了小程序订单", feedback.GetProperty("examples")[0].GetProperty("comments")[0].GetString());
        var proposal = feedback.GetProperty("proposal");
        Assert.Equal(("change", "order_count"), (proposal.GetProperty("kind").GetString(), proposal.GetProperty("metricId").GetString()));
        Assert.Contains("的订单数", proposal.GetProperty("definition").GetProperty("synonyms").EnumerateArray().Select(s => s.GetString()));

        // Owners read 👍/👎 about their own metrics (before: only exec and finance could).
        var owned = await GetAsync("/api/feedback", "ecom_zhao");
        Assert.Equal(HttpStatusCode.OK, owned.StatusCode);
        Assert.Equal(["order_count"], (await ReadAsync(owned)).GetProperty("entries").EnumerateArray().Select(e => e.GetProperty("metricId").GetString()));
        Assert.Equal(HttpStatusCode.Forbidden, (await GetAsync("/api/feedback", "east_wang")).StatusCode);
    }
}
