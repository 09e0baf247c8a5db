using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using MetricAssistant.Api.Tests.Governance;

namespace MetricAssistant.Api.Tests.Governance;

/// <summary>The contract's "Versions" endpoints and pins, through HTTP: shapes, 404 with did-you-mean, 400 for malformed input.</summary>
public sealed class VersionApiTests(VersionedApiFactory factory) : IClassFixture<VersionedApiFactory>
{
    private readonly HttpClient client = Ceo(factory.CreateClient());

    /// <summary>gmv is not for guest (the default demo user): its versions are read as the CEO.</summary>
    private static HttpClient Ceo(HttpClient client)
    {
        client.DefaultRequestHeaders.Add("X-User", "ceo");
        return client;
    }

    private async Task<(HttpStatusCode Status, JsonElement Body)> GetAsync(string url)
    {
        var response = await client.GetAsync(url);
        return (response.StatusCode, JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement);
    }

    private async Task<(HttpStatusCode Status, JsonElement Body)> PostAsync(string url, object body)
    {
        var response = await client.PostAsJsonAsync(url, body);
        return (response.StatusCode, JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement);
    }

    private static string[] Strings(JsonElement array) => [.. array.EnumerateArray().Select(e => e.ToString())];

    [Fact]
    public async Task Versions_are_listed_oldest_first_in_the_contracts_shape()
    {
        var (status, body) = await GetAsync("/api/metrics/gmv/versions");
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal([1, 2, 3], body.EnumerateArray().Select(v => v.GetProperty("version").GetInt32()));
        Assert.Equal(["superseded", "superseded", "published"], body.EnumerateArray().Select(v => v.GetProperty("status").GetString()));
        var v2 = body[1];
        Assert.True(v2.GetProperty("publishedAt").TryGetDateTimeOffset(out _));
        Assert.Equal("fin_wang", v2.GetProperty("publishedBy").GetString());
        Assert.Equal("改为按支付时间计入，口径改为实付金额，与财务月结对齐。", v2.GetProperty("summary").GetProperty("zh").GetString());
        Assert.StartsWith("Counted at payment time", v2.GetProperty("summary").GetProperty("en").GetString());
    }

    [Fact]
    public async Task One_version_has_the_shape_of_the_metric_page()
    {
        var (status, v1) = await GetAsync("/api/metrics/gmv/versions/1");
        var (_, current) = await GetAsync("/api/metrics/gmv");
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(current.EnumerateObject().Select(p => p.Name), v1.EnumerateObject().Select(p => p.Name));
        Assert.Equal(1, v1.GetProperty("summary").GetProperty("version").GetInt32());
        Assert.Equal("superseded", v1.GetProperty("summary").GetProperty("status").GetString());
        Assert.Contains("order_amount", v1.GetProperty("calculation").GetProperty("text").GetString());
        var (_, v3) = await GetAsync("/api/metrics/gmv/versions/3");
        Assert.Equal(current.ToString(), v3.ToString());
    }

    [Theory]
    [InlineData("/api/metrics/gmv/versions/9", "unknown_version", "3")]
    [InlineData("/api/metrics/gmv/diff?from=2&to=9", "unknown_version", "3")]
    [InlineData("/api/metrics/gmvv/versions", "unknown_metric", "gmv")]
    [InlineData("/api/metrics/gmv_paid/versions/1", "unknown_metric", "gmv")]
    [InlineData("/api/metrics/gmvv/diff?from=1&to=2", "unknown_metric", "gmv")]
    public async Task Unknown_metrics_and_versions_are_404_with_what_exists(string url, string code, string suggestion)
    {
        var (status, body) = await GetAsync(url);
        Assert.Equal(HttpStatusCode.NotFound, status);
        Assert.Equal(code, body.GetProperty("error").GetProperty("code").GetString());
        Assert.Contains(suggestion, Strings(body.GetProperty("suggestions")));
        Assert.Contains(suggestion, Strings(body.GetProperty("error").GetProperty("suggestions")));
        Assert.Contains("Did you mean", body.GetProperty("detail").GetString());
    }

    [Theory]
    [InlineData("/api/metrics/gmv/versions/abc")]
    [InlineData("/api/metrics/gmv/diff?from=2")]
    [InlineData("/api/metrics/gmv/diff?from=two&to=3")]
    [InlineData("/api/metrics/gmv/diff")]
    [InlineData("/api/metrics/gmv/diff?from=1&to=3&now=yesterday")]
    public async Task Malformed_versions_are_400(string url)
    {
        var (status, body) = await GetAsync(url);
        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal("invalid", body.GetProperty("title").GetString());
        Assert.False(string.IsNullOrEmpty(body.GetProperty("error").GetProperty("message").GetString()));
    }

    [Fact]
    public async Task A_diff_has_the_fields_and_the_sql_of_the_reference_query_before_and_after()
    {
        var (status, body) = await GetAsync("/api/metrics/gmv/diff?from=1&to=3&now=2025-07-15");
        Assert.Equal(HttpStatusCode.OK, status);
        var measure = body.GetProperty("fields").EnumerateArray().Single(f => f.GetProperty("path").GetString() == "measure");
        Assert.Equal(("order_amount", "pay_amount"), (measure.GetProperty("from").GetString(), measure.GetProperty("to").GetString()));
        var synonyms = body.GetProperty("fields").EnumerateArray().Single(f => f.GetProperty("path").GetString() == "synonyms");
        Assert.Equal(JsonValueKind.Array, synonyms.GetProperty("to").ValueKind);
        var sql = body.GetProperty("sql");
        Assert.Contains("order_amount", sql.GetProperty("from").GetString());
        Assert.Contains("pay_amount", sql.GetProperty("to").GetString());
        Assert.True(body.GetProperty("changesComputation").GetBoolean());
        var reference = body.GetProperty("reference");
        Assert.Equal("2025-06-01", reference.GetProperty("query").GetProperty("timeRange").GetProperty("start").GetString());
        Assert.Equal(["gmv"], Strings(reference.GetProperty("query").GetProperty("metrics")));
        Assert.Contains("reference query", reference.GetProperty("description").GetProperty("en").GetString(), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task A_structured_query_pins_a_version_and_the_answer_says_so()
    {
        var query = new { metrics = new[] { "gmv" }, timeRange = new { start = "2025-06-01", end = "2025-07-01" }, versions = new Dictionary<string, int> { ["gmv"] = 2 } };
        var (status, body) = await PostAsync("/api/query", new { query, user = "ceo" });
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(2, body.GetProperty("metric").GetProperty("version").GetInt32());
        Assert.Equal(3, body.GetProperty("metric").GetProperty("currentVersion").GetInt32());
        Assert.Equal(["Computed with version 2 of GMV (paid); the current version is 3."], Strings(body.GetProperty("warnings")));
        Assert.Equal(2, body.GetProperty("query").GetProperty("versions").GetProperty("gmv").GetInt32());

        var (plainStatus, plain) = await PostAsync("/api/query", new { query = new { metrics = new[] { "gmv" }, timeRange = new { start = "2025-06-01", end = "2025-07-01" } }, user = "ceo" });
        Assert.Equal(HttpStatusCode.OK, plainStatus);
        Assert.False(plain.GetProperty("metric").TryGetProperty("currentVersion", out _));
        Assert.False(plain.GetProperty("query").TryGetProperty("versions", out _));
        Assert.NotEqual(plain.GetProperty("rows").ToString(), body.GetProperty("rows").ToString());
    }

    [Fact]
    public async Task A_pin_to_a_version_that_does_not_exist_is_400_unknown_version()
    {
        var query = new { metrics = new[] { "gmv" }, versions = new Dictionary<string, int> { ["gmv"] = 9 } };
        var (status, body) = await PostAsync("/api/query", new { query, user = "ceo" });
        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal("invalid", body.GetProperty("status").GetString());
        Assert.Equal("unknown_version", body.GetProperty("error").GetProperty("code").GetString());
        Assert.Equal(["1", "2", "3"], Strings(body.GetProperty("error").GetProperty("suggestions")));

        var (askStatus, ask) = await PostAsync("/api/ask", new { question = "按v9口径上个月的GMV", user = "ceo", now = "2025-07-15T10:00:00" });
        Assert.Equal(HttpStatusCode.BadRequest, askStatus);
        Assert.Equal("unknown_version", ask.GetProperty("error").GetProperty("code").GetString());
    }

    [Theory]
    [InlineData("按v2口径上个月的GMV", "“支付GMV”按v2口径计算（当前为v3）。")]
    [InlineData("GMV (version 2) last month", "Computed with version 2 of GMV (paid); the current version is 3.")]
    public async Task A_question_pins_a_version(string question, string warning)
    {
        var (status, body) = await PostAsync("/api/ask", new { question, user = "ceo", now = "2025-07-15T10:00:00" });
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("answered", body.GetProperty("status").GetString());
        Assert.Equal(2, body.GetProperty("metric").GetProperty("version").GetInt32());
        Assert.Equal([warning], Strings(body.GetProperty("warnings")));
    }

    [Fact]
    public async Task A_pin_does_not_open_a_definition_the_caller_may_not_see()
    {
        var (_, current) = await PostAsync("/api/ask", new { question = "上个月的GMV", user = "east_wang", now = "2025-07-15T10:00:00" });
        var (_, pinned) = await PostAsync("/api/ask", new { question = "按v1口径上个月的GMV", user = "east_wang", now = "2025-07-15T10:00:00" });
        Assert.Equal("answered", current.GetProperty("status").GetString());
        Assert.Equal("denied", pinned.GetProperty("status").GetString());
        Assert.Equal(JsonValueKind.Null, pinned.GetProperty("sql").ValueKind);
    }
}
