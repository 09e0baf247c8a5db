using System.Net;
using System.Text;
using System.Text.Json;

namespace MetricAssistant.Api.Tests;

/// <summary>
/// The new query shapes through POST /api/query: entities, time groups and conditions on metric values are answered
/// (and come back in the answer's query, which runs again to the same rows) under the asker's row rules; malformed ones
/// and lists of values without a metric are 400s with a reason, never a crash.
/// </summary>
public sealed class QueryShapeApiTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    private readonly HttpClient client = factory.CreateClient();

    private async Task<(HttpStatusCode Status, JsonElement Body)> PostAsync(string json)
    {
        var response = await client.PostAsync("/api/query", new StringContent(json, Encoding.UTF8, "application/json"));
        var text = await response.Content.ReadAsStringAsync();
        Assert.DoesNotContain("   at ", text);
        return (response.StatusCode, text.Length == 0 ? default : JsonDocument.Parse(text).RootElement.Clone());
    }

    [Fact]
    public async Task Customers_with_more_than_three_orders_are_answered_and_run_again_the_same()
    {
        var (status, body) = await PostAsync("""{"query":{"metrics":["order_count"],"entities":["customers"],"having":[{"metric":"order_count","op":">","value":3}],"timeRange":{"start":"2025-07-01","end":"2025-10-01"},"orderBy":[{"field":"order_count","desc":true}],"limit":10},"user":"ceo"}""");
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("answered", body.GetProperty("status").GetString());
        Assert.Equal(["customers", "order_count"], body.GetProperty("columns").EnumerateArray().Select(c => c.GetProperty("name").GetString()));
        var rows = body.GetProperty("rows").EnumerateArray().ToList();
        Assert.NotEmpty(rows);
        Assert.All(rows, r => Assert.True(r[1].GetDouble() > 3));
        var query = body.GetProperty("query");
        Assert.Equal(">", query.GetProperty("having")[0].GetProperty("op").GetString());
        Assert.False(query.TryGetProperty("timeGroups", out _));
        var (_, again) = await PostAsync(JsonSerializer.Serialize(new { query, user = "ceo" }));
        Assert.Equal(body.GetProperty("rows").GetRawText(), again.GetProperty("rows").GetRawText());
    }

    [Fact]
    public async Task Gmv_by_day_of_week_is_scoped_by_the_askers_region()
    {
        const string Query = """{"query":{"metrics":["gmv"],"timeGroups":[{"part":"dow"}],"timeRange":{"start":"2025-07-01","end":"2025-10-01"}},"user":"USER"}""";
        var (status, all) = await PostAsync(Query.Replace("USER", "ceo", StringComparison.Ordinal));
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(["metric_time__dow", "gmv"], all.GetProperty("columns").EnumerateArray().Select(c => c.GetProperty("name").GetString()));
        Assert.Equal(Enumerable.Range(1, 7), all.GetProperty("rows").EnumerateArray().Select(r => r[0].GetInt32()));
        var (_, east) = await PostAsync(Query.Replace("USER", "east_wang", StringComparison.Ordinal));
        Assert.Equal("region", east.GetProperty("scope")[0].GetProperty("dimension").GetString());
        var total = all.GetProperty("rows").EnumerateArray().Sum(r => r[1].GetDouble());
        var eastTotal = east.GetProperty("rows").EnumerateArray().Sum(r => r[1].GetDouble());
        Assert.InRange(eastTotal, 1, total - 1);
    }

    [Fact]
    public async Task Orders_by_month_of_payment()
    {
        var (status, body) = await PostAsync("""{"query":{"metrics":["order_count"],"timeGroups":[{"timeDimension":"paid_time","grain":"month"}],"timeRange":{"start":"2025-07-01","end":"2025-10-01"}},"user":"ceo"}""");
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("paid_time__month", body.GetProperty("columns")[0].GetProperty("name").GetString());
        Assert.Equal("paid_time", body.GetProperty("query").GetProperty("timeGroups")[0].GetProperty("timeDimension").GetString());
    }

    [Theory]
    [InlineData("""{"metrics":["gmv"],"timeGroups":[{"grain":"month","part":"dow"}]}""", "invalid_time_group")]
    [InlineData("""{"metrics":["gmv"],"timeGroups":[{"part":"weekday"}]}""", "invalid_time_group")]
    [InlineData("""{"metrics":["gmv"],"having":[{"metric":"gmv","op":"~","value":1}]}""", "invalid_having")]
    [InlineData("""{"metrics":["gmv"],"having":[{"metric":"gmv","op":">"}]}""", "invalid_having")]
    [InlineData("""{"metrics":["gmv"],"entities":["customer"]}""", "unknown_entity")]
    [InlineData("""{"metrics":["gmv"],"having":[{"metric":"order_count","op":">","value":3}]}""", "unknown_metric_filter")]
    [InlineData("""{"metrics":["gmv_mtd"],"timeGroups":[{"part":"dow"}]}""", "time_group_not_applicable")]
    [InlineData("""{"metrics":[],"groupBy":["city"]}""", "missing_metrics")]
    public async Task Malformed_or_unanswerable_shapes_are_400s_with_a_reason(string query, string code)
    {
        var (status, body) = await PostAsync($$$"""{"query":{{{query.TrimEnd('}')}}},"timeRange":{"start":"2025-07-01","end":"2025-10-01"}},"user":"ceo"}""");
        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal(code, body.GetProperty("error").GetProperty("code").GetString());
        Assert.False(string.IsNullOrWhiteSpace(body.GetProperty("error").GetProperty("message").GetString()));
    }
}
