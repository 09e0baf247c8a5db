using System.Net;
using System.Text;
using System.Text.Json;

namespace MetricAssistant.Api.Tests.Governance;

/// <summary>Lineage both ways over HTTP, in the governance contract's shapes.</summary>
public sealed class LineageApiTests : IClassFixture<ApiFactory>
{
    private readonly ApiFactory factory;

    public LineageApiTests(ApiFactory factory) => this.factory = factory;

    private static async Task<JsonElement> ReadAsync(HttpResponseMessage response) => JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;

    private async Task<HttpResponseMessage> ImpactAsync(string query, string user)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/lineage/impact" + query);
        request.Headers.Add("X-User", user);
        return await factory.CreateClient().SendAsync(request);
    }

    [Fact]
    public async Task A_metrics_lineage_has_models_columns_upstream_tables_and_jobs()
    {
        var response = await factory.CreateClient().GetAsync("/api/lineage/metrics/aov?user=ceo");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await ReadAsync(response);
        Assert.Equal("aov", body.GetProperty("id").GetString());
        Assert.Contains(body.GetProperty("models").EnumerateArray(), m => m.GetProperty("id").GetString() == "orders" && m.GetProperty("role").GetString() == "fact");
        Assert.Contains(body.GetProperty("columns").EnumerateArray(), c =>
            c.GetProperty("metric").GetString() == "gmv" && c.GetProperty("table").GetString() == "orders" && c.GetProperty("column").GetString() == "pay_amount" && c.GetProperty("via").GetString() == "measure");
        Assert.Contains("oms.order_header", body.GetProperty("upstreamTables").EnumerateArray().Select(t => t.GetString()));
        Assert.Contains("dwd_orders_daily", body.GetProperty("jobs").EnumerateArray().Select(t => t.GetString()));
        Assert.Equal(["gmv", "paid_order_count"], body.GetProperty("inputs").EnumerateArray().Select(i => i.GetProperty("metric").GetProperty("id").GetString()));
    }

    [Fact]
    public async Task An_unknown_metric_is_404_with_suggestions()
    {
        var response = await factory.CreateClient().GetAsync("/api/lineage/metrics/gmvv?user=ceo");
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        var body = await ReadAsync(response);
        Assert.Equal("gmv", body.GetProperty("suggestions")[0].GetString());
        Assert.Equal("unknown_metric", body.GetProperty("error").GetProperty("code").GetString());
    }

    [Fact]
    public async Task The_impact_of_a_column_lists_metrics_with_via_and_who_asked_in_the_last_30_days()
    {
        var asked = await factory.CreateClient().PostAsync("/api/ask", new StringContent(
            JsonSerializer.Serialize(new { question = "上个月华东的GMV", user = "east_wang", now = "2025-07-15T10:00:00" }), Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.OK, asked.StatusCode);

        var response = await ImpactAsync("?table=orders&column=pay_amount", "ceo");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await ReadAsync(response);
        var metrics = body.GetProperty("metrics").EnumerateArray().Select(m => (m.GetProperty("id").GetString(), m.GetProperty("via").GetString())).ToArray();
        Assert.Equal(("gmv", "measure"), metrics[0]);
        Assert.Contains(("aov", "gmv"), metrics);
        Assert.Equal("model", body.GetProperty("matched").GetProperty("kind").GetString());
        var askers = body.GetProperty("askedBy").EnumerateArray().ToArray();
        var wang = Assert.Single(askers, a => a.GetProperty("user").GetString() == "east_wang");
        Assert.True(wang.GetProperty("count").GetInt32() >= 1);
    }

    [Fact]
    public async Task The_impact_needs_a_governance_right_and_a_known_table_and_column()
    {
        var guest = await ImpactAsync("?table=orders", "guest");
        Assert.Equal(HttpStatusCode.Forbidden, guest.StatusCode);
        Assert.Contains("governance right", (await ReadAsync(guest)).GetProperty("reason").GetString());

        var table = await ImpactAsync("?table=ordres", "ceo");
        Assert.Equal(HttpStatusCode.NotFound, table.StatusCode);
        Assert.Contains("orders", (await ReadAsync(table)).GetProperty("suggestions").EnumerateArray().Select(s => s.GetString()));

        var column = await ImpactAsync("?table=orders&column=pay_amout", "fin_li");
        Assert.Equal(HttpStatusCode.NotFound, column.StatusCode);
        Assert.Equal("pay_amount", (await ReadAsync(column)).GetProperty("suggestions")[0].GetString());

        var missing = await ImpactAsync("", "ceo");
        Assert.Equal(HttpStatusCode.BadRequest, missing.StatusCode);
        Assert.Equal("missing_table", (await ReadAsync(missing)).GetProperty("error").GetProperty("code").GetString());
    }

    [Fact]
    public async Task Answers_and_lineage_carry_freshness_in_the_contracts_shape()
    {
        var client = factory.CreateClient();
        var asked = await client.PostAsync("/api/ask", new StringContent(
            JsonSerializer.Serialize(new { question = "上个月的GMV", user = "ceo", now = "2025-07-15T10:00:00" }), Encoding.UTF8, "application/json"));
        var answer = await ReadAsync(asked);
        Assert.Equal("answered", answer.GetProperty("status").GetString());
        var freshness = answer.GetProperty("freshness");
        var until = freshness.GetProperty("dataUntil").GetString()!;
        Assert.Matches(@"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}$", until);
        Assert.False(freshness.GetProperty("stale").GetBoolean());
        Assert.Contains($"数据更新至 {until[..10]}", answer.GetProperty("message").GetString());

        // Without now, the organisation clock: the demo data ended long before it.
        var queried = await client.PostAsync("/api/query", new StringContent(
            JsonSerializer.Serialize(new { query = new { metrics = new[] { "gmv" } }, user = "ceo", language = "en" }), Encoding.UTF8, "application/json"));
        var later = await ReadAsync(queried);
        Assert.True(later.GetProperty("freshness").GetProperty("stale").GetBoolean());
        Assert.Contains($"Data up to {until[..10]} (older than", later.GetProperty("message").GetString());

        var lineage = await ReadAsync(await client.GetAsync("/api/lineage/metrics/gmv?user=ceo"));
        Assert.Equal(until, lineage.GetProperty("freshness").GetProperty("dataUntil").GetString());
    }
}
