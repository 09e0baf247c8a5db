using System.Net;
using System.Text;
using System.Text.Json;

namespace MetricAssistant.Api.Tests;

/// <summary>
/// Learned examples over HTTP: a clarification choice and a 👍 are recorded; the owners of the metrics list,
/// accept and reject them (others get 403 with the reason); an accepted example answers its wording at once.
/// </summary>
public sealed class ExampleApiTests : IDisposable
{
    private const string Now = "2025-07-15T10:00:00";
    private readonly ApiFactory factory = new();

    public void Dispose() => factory.Dispose();

    private static StringContent Json(object body) => new(JsonSerializer.Serialize(body), Encoding.UTF8, "application/json");

    private static async Task<JsonElement> ReadAsync(HttpResponseMessage response) => JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;

    private static async Task<HttpResponseMessage> ListAsync(HttpClient client, string asUser, string query = "")
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/examples" + query);
        request.Headers.Add("X-User", asUser);
        return await client.SendAsync(request);
    }

    private static Task<HttpResponseMessage> AskAsync(HttpClient client, string question, object? choice = null) =>
        client.PostAsync("/api/ask", Json(new { question, user = "ceo", now = Now, choice }));

    [Fact]
    public async Task A_clarification_choice_is_listed_for_its_owner_accepted_and_then_answers_its_wording()
    {
        var client = factory.CreateClient();
        const string Question = "本周华南老板最关心的那个数";
        Assert.NotEqual("answered", (await ReadAsync(await AskAsync(client, Question))).GetProperty("status").GetString());

        var chosen = await AskAsync(client, "上个月老板最关心的那个数 gmv", new { question = "上个月老板最关心的那个数", metricId = "gmv" });
        Assert.Equal("answered", (await ReadAsync(chosen)).GetProperty("status").GetString());

        var forbidden = await ListAsync(client, "east_wang", "?status=pending");
        Assert.Equal(HttpStatusCode.Forbidden, forbidden.StatusCode);
        Assert.Contains("may review", (await ReadAsync(forbidden)).GetProperty("reason").GetString());

        var listed = await ListAsync(client, "fin_li", "?status=pending");
        Assert.Equal(HttpStatusCode.OK, listed.StatusCode);
        var example = Assert.Single((await ReadAsync(listed)).GetProperty("examples").EnumerateArray());
        Assert.Equal("上个月老板最关心的那个数", example.GetProperty("question").GetString());
        Assert.Equal("gmv", example.GetProperty("metrics")[0].GetString());
        Assert.Equal("pending", example.GetProperty("status").GetString());
        Assert.Equal("clarification", example.GetProperty("origin").GetString());
        Assert.Equal("ceo", example.GetProperty("firstUserId").GetString());
        var id = example.GetProperty("id").GetInt64();

        // Still pending: the wording is not learned yet.
        Assert.NotEqual("answered", (await ReadAsync(await AskAsync(client, Question))).GetProperty("status").GetString());

        var refused = await client.PostAsync($"/api/examples/{id}/accept", Json(new { user = "ecom_zhao" }));
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        Assert.Contains("Finance", (await ReadAsync(refused)).GetProperty("reason").GetString());

        var accepted = await client.PostAsync($"/api/examples/{id}/accept", Json(new { user = "fin_li" }));
        Assert.Equal(HttpStatusCode.OK, accepted.StatusCode);
        var body = await ReadAsync(accepted);
        Assert.Equal(("accepted", "fin_li"), (body.GetProperty("status").GetString(), body.GetProperty("reviewedBy").GetString()));

        var answer = await ReadAsync(await AskAsync(client, Question));
        Assert.Equal("answered", answer.GetProperty("status").GetString());
        Assert.Equal("gmv", answer.GetProperty("metric").GetProperty("id").GetString());
        Assert.Equal("south", answer.GetProperty("query").GetProperty("filters")[0].GetProperty("values")[0].GetString());

        var rejected = await client.PostAsync($"/api/examples/{id}/reject", Json(new { user = "ceo" }));
        Assert.Equal(HttpStatusCode.OK, rejected.StatusCode);
        Assert.NotEqual("answered", (await ReadAsync(await AskAsync(client, Question))).GetProperty("status").GetString());
    }

    [Fact]
    public async Task A_thumbs_up_with_the_answers_query_is_recorded_and_a_bad_query_is_a_400()
    {
        var client = factory.CreateClient();
        var answer = await ReadAsync(await AskAsync(client, "上个月华东区各渠道的GMV"));
        var query = answer.GetProperty("query");

        var posted = await client.PostAsync("/api/feedback", Json(new { question = "上个月华东区各渠道的GMV", metricId = "gmv", helpful = true, user = "east_wang", query }));
        Assert.Equal(HttpStatusCode.NoContent, posted.StatusCode);
        var again = await client.PostAsync("/api/feedback", Json(new { question = "上个月华东区各渠道的GMV", metricId = "gmv", helpful = true, user = "fin_li", query }));
        Assert.Equal(HttpStatusCode.NoContent, again.StatusCode);

        var example = Assert.Single((await ReadAsync(await ListAsync(client, "ceo"))).GetProperty("examples").EnumerateArray());
        Assert.Equal(("feedback", 2, "fin_li"), (example.GetProperty("origin").GetString(), example.GetProperty("count").GetInt32(), example.GetProperty("lastUserId").GetString()));
        Assert.Equal("channel", example.GetProperty("query").GetProperty("groupBy")[0].GetString());

        var bad = await client.PostAsync("/api/feedback", Json(new { question = "上个月的GMV", metricId = "gmv", helpful = true, user = "ceo", query = new { metrics = new[] { "gvm" } } }));
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.Contains("did you mean 'gmv'", await bad.Content.ReadAsStringAsync());
    }

    [Theory]
    [InlineData("GET", "/api/examples?status=approved", HttpStatusCode.BadRequest)]
    [InlineData("GET", "/api/examples?limit=0", HttpStatusCode.BadRequest)]
    [InlineData("POST", "/api/examples/abc/accept", HttpStatusCode.BadRequest)]
    [InlineData("POST", "/api/examples/424242/accept", HttpStatusCode.NotFound)]
    [InlineData("POST", "/api/examples/1/reject", HttpStatusCode.NotFound)]
    public async Task Bad_requests_are_clear_errors(string method, string path, HttpStatusCode expected)
    {
        using var request = new HttpRequestMessage(new HttpMethod(method), path);
        request.Headers.Add("X-User", "ceo");
        if (method == "POST") request.Content = Json(new { });
        var response = await factory.CreateClient().SendAsync(request);
        Assert.Equal(expected, response.StatusCode);
        Assert.False(string.IsNullOrEmpty((await ReadAsync(response)).GetProperty("detail").GetString()));
    }
}
