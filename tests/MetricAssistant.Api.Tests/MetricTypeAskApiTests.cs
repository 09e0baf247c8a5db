using System.Net;
using System.Text;
using System.Text.Json;

namespace MetricAssistant.Api.Tests;

/// <summary>Issue #16's metric types through the door the portal and Teams use: asked in words, answered by the governed metric.</summary>
public sealed class MetricTypeAskApiTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    private readonly HttpClient client = factory.CreateClient();

    private async Task<JsonElement> PostAsync(string path, object request)
    {
        var response = await client.PostAsync(path, new StringContent(JsonSerializer.Serialize(request), Encoding.UTF8, "application/json"));
        var text = await response.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return JsonDocument.Parse(text).RootElement.Clone();
    }

    [Fact]
    public async Task A_daily_rolling_gmv_question_is_answered_with_complete_first_days()
    {
        var asked = await PostAsync("/api/ask", new { question = "上个月每天的7日滚动GMV", user = "ceo", now = "2025-07-15T10:00:00" });
        Assert.Equal("answered", asked.GetProperty("status").GetString());
        Assert.Equal("gmv_rolling_7d", asked.GetProperty("metric").GetProperty("id").GetString());
        Assert.Equal("7日滚动GMV", asked.GetProperty("metric").GetProperty("name").GetString());
        var rows = asked.GetProperty("rows");
        Assert.Equal(30, rows.GetArrayLength());
        Assert.Equal("2025-06-01", rows[0][0].GetString());

        // June 1st's value is plain GMV over the seven days ending that day, May 26 included.
        var week = await PostAsync("/api/query", new { query = new { metrics = new[] { "gmv" }, groupBy = Array.Empty<string>(), filters = Array.Empty<object>(), timeRange = new { start = "2025-05-26", end = "2025-06-02" } }, user = "ceo" });
        Assert.Equal(week.GetProperty("rows")[0][0].GetDecimal(), rows[0][1].GetDecimal());
    }

    [Fact]
    public async Task Month_end_headcount_is_the_average_headcount_at_the_period_end_the_same_number_as_the_period_end_metric()
    {
        // 月末在岗人数 (the period-end metric's own name) and 上个月末的在岗人数 read alike: the plain snapshot metric at the end.
        var asked = await PostAsync("/api/ask", new { question = "月末在岗人数", user = "ceo", now = "2025-07-15T10:00:00" });
        Assert.Equal("answered", asked.GetProperty("status").GetString());
        Assert.Equal("avg_headcount", asked.GetProperty("metric").GetProperty("id").GetString());
        Assert.Equal("period_end", asked.GetProperty("query").GetProperty("at").GetString());
        var endMetric = await PostAsync("/api/query", new { query = new { metrics = new[] { "headcount_end" }, groupBy = Array.Empty<string>(), filters = Array.Empty<object>(), timeRange = new { start = "2025-04-01", end = "2025-07-01" } }, user = "ceo" });
        Assert.Equal(endMetric.GetProperty("rows")[0][0].GetDouble(), asked.GetProperty("rows")[0][0].GetDouble());
    }
}
