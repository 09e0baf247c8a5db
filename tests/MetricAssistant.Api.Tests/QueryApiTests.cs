using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;

namespace MetricAssistant.Api.Tests;

public sealed class QueryApiTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    private readonly HttpClient client = factory.CreateClient();

    private async Task<(HttpStatusCode Status, JsonElement Body)> PostAsync(string json)
    {
        var response = await client.PostAsync("/api/query", new StringContent(json, Encoding.UTF8, "application/json"));
        var text = await response.Content.ReadAsStringAsync();
        Assert.DoesNotContain("   at ", text); // never a stack trace
        return (response.StatusCode, text.Length == 0 ? default : JsonDocument.Parse(text).RootElement.Clone());
    }

    [Fact]
    public async Task Gmv_by_month_and_region_is_answered_in_the_contract_shape()
    {
        var (status, body) = await PostAsync("""{"query":{"metrics":["gmv"],"groupBy":["region"],"filters":[],"timeRange":{"start":"2025-01-01","end":"2026-01-01"},"grain":"month"},"user":"ceo"}""");
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("answered", body.GetProperty("status").GetString());
        Assert.Equal("gmv", body.GetProperty("metric").GetProperty("id").GetString());
        Assert.True(body.GetProperty("metric").GetProperty("official").GetBoolean());
        Assert.Equal(["period", "region", "gmv"], body.GetProperty("columns").EnumerateArray().Select(c => c.GetProperty("name").GetString()));
        var rows = body.GetProperty("rows").EnumerateArray().ToList();
        Assert.Equal(12 * 5, rows.Count);
        Assert.Equal("2025-01-01", rows[0][0].GetString());
        Assert.Equal(JsonValueKind.Number, rows[0][2].ValueKind);
        Assert.Contains("SELECT", body.GetProperty("sql").GetString());
        Assert.Equal("month", body.GetProperty("query").GetProperty("grain").GetString());
        Assert.Contains(body.GetProperty("alternatives").EnumerateArray(), a => a.GetProperty("id").GetString() == "gmv_ordered");
        foreach (var t in new[] { "compileMs", "executeMs", "totalMs" }) Assert.True(body.GetProperty("timings").GetProperty(t).GetDouble() >= 0);
    }

    [Fact]
    public async Task The_answers_query_run_again_gives_the_same_rows()
    {
        var (_, first) = await PostAsync("""{"query":{"metrics":["aov"],"groupBy":["channel"],"timeRange":{"start":"2025-07-01","end":"2025-10-01"},"orderBy":[{"field":"aov","desc":true}],"limit":3},"user":"ceo"}""");
        var again = JsonSerializer.Serialize(new { query = first.GetProperty("query"), user = "ceo" });
        var (_, second) = await PostAsync(again);
        Assert.Equal(first.GetProperty("rows").GetRawText(), second.GetProperty("rows").GetRawText());
        var values = first.GetProperty("rows").EnumerateArray().Select(r => r[1].GetDouble()).ToList();
        Assert.Equal(3, values.Count);
        Assert.Equal(values.OrderDescending(), values);
    }

    [Fact]
    public async Task Omitted_time_range_uses_the_metrics_default_window()
    {
        var (status, body) = await PostAsync("""{"query":{"metrics":["gmv"]},"user":"ceo","now":"2025-07-15T10:00:00"}""");
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("2025-06-01", body.GetProperty("query").GetProperty("timeRange").GetProperty("start").GetString());
        Assert.Equal("2025-07-01", body.GetProperty("query").GetProperty("timeRange").GetProperty("end").GetString());
    }

    [Fact]
    public async Task Deprecated_metric_is_answered_with_its_replacement_and_says_so()
    {
        var (status, body) = await PostAsync("""{"query":{"metrics":["sales_amount_legacy"],"timeRange":{"start":"2025-01-01","end":"2025-02-01"}},"user":"ceo"}""");
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("gmv", body.GetProperty("metric").GetProperty("id").GetString());
        Assert.Contains("deprecated", body.GetProperty("warnings")[0].GetString());
    }

    [Fact]
    public async Task Unknown_metric_is_not_found_with_suggestions()
    {
        var (status, body) = await PostAsync("""{"query":{"metrics":["gmvv"],"timeRange":{"start":"2025-01-01","end":"2025-02-01"}},"user":"ceo"}""");
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("not_found", body.GetProperty("status").GetString());
        Assert.Contains(body.GetProperty("alternatives").EnumerateArray(), a => a.GetProperty("id").GetString() == "gmv");
    }

    [Theory]
    [InlineData("""{"query":{"metrics":["gmv"],"groupBy":["category"],"timeRange":{"start":"2025-01-01","end":"2025-02-01"}}}""", "unreachable_dimension")]
    [InlineData("""{"query":{"metrics":["gmv"],"groupBy":["regoin"],"timeRange":{"start":"2025-01-01","end":"2025-02-01"}}}""", "unknown_dimension")]
    [InlineData("""{"query":{"metrics":["gmv"],"filters":[{"dimension":"region","op":"in","values":["esat"]}],"timeRange":{"start":"2025-01-01","end":"2025-02-01"}}}""", "unknown_value")]
    [InlineData("""{"query":{"metrics":["gmv"],"timeRange":{"start":"2025-03-01","end":"2025-01-01"}}}""", "invalid_time_range")]
    [InlineData("""{"query":{"metrics":["gmv"],"timeRange":{"start":"yesterday","end":"2025-01-01"}}}""", "invalid_time_range")]
    [InlineData("""{"query":{"metrics":["gmv"],"grain":"hour","timeRange":{"start":"2025-01-01","end":"2025-02-01"}}}""", "invalid_grain")]
    [InlineData("""{"query":{"metrics":["gmv"],"filters":[{"dimension":"region","op":"like","values":["e%"]}],"timeRange":{"start":"2025-01-01","end":"2025-02-01"}}}""", "invalid_filter")]
    [InlineData("""{"query":{"metrics":[]}}""", "missing_metrics")]
    [InlineData("""{"user":"ceo"}""", "missing_query")]
    [InlineData("""{"query":{"metrics":["gmv"]},"user":"mallory"}""", "unknown_user")]
    [InlineData("""{"query":{"metrics":["gmv"]},"now":"not a time"}""", "invalid_now")]
    public async Task Bad_queries_are_invalid_with_a_reason_never_a_500(string json, string code)
    {
        // Asked by someone who may see GMV, so that only the query's own mistake stands in the way.
        if (!json.Contains("\"user\"", StringComparison.Ordinal)) json = "{\"user\":\"ceo\"," + json[1..];
        var (status, body) = await PostAsync(json);
        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal("invalid", body.GetProperty("status").GetString());
        Assert.Equal(code, body.GetProperty("error").GetProperty("code").GetString());
        Assert.False(string.IsNullOrWhiteSpace(body.GetProperty("message").GetString()));
    }

    [Fact]
    public async Task A_result_over_the_row_limit_says_so_instead_of_truncating()
    {
        var (status, body) = await PostAsync("""{"query":{"metrics":["gmv"],"groupBy":["store"],"grain":"day","timeRange":{"start":"2025-01-01","end":"2026-01-01"}},"user":"ceo"}""");
        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal("row_limit_exceeded", body.GetProperty("error").GetProperty("code").GetString());
        Assert.Contains(ApiFactory.RowLimit.ToString(System.Globalization.CultureInfo.InvariantCulture), body.GetProperty("message").GetString());
        Assert.Empty(body.GetProperty("rows").EnumerateArray());
    }

    [Theory]
    [InlineData("{\"query\": {\"metrics\": [\"gmv\"")]
    [InlineData("not json at all")]
    [InlineData("")]
    [InlineData("{\"query\": {\"metrics\": \"gmv\"}}")]
    [InlineData("{\"query\": {\"metrics\": [\"gmv\"], \"limit\": \"ten\"}}")]
    public async Task Malformed_json_gets_problem_details_400(string json)
    {
        var response = await client.PostAsync("/api/query", new StringContent(json, Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var text = await response.Content.ReadAsStringAsync();
        Assert.DoesNotContain("   at ", text);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Binary_body_is_refused_without_a_500()
    {
        var content = new ByteArrayContent([0xff, 0xfe, 0x00, 0x01, 0x80]);
        content.Headers.ContentType = new("application/json");
        var response = await client.PostAsync("/api/query", content);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }
}
