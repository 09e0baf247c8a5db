using System.Net;
using System.Text;
using System.Text.Json;

namespace MetricAssistant.Api.Tests;

public sealed class AskApiTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    private readonly HttpClient client = factory.CreateClient();

    private async Task<(HttpStatusCode Status, JsonElement Body)> AskAsync(object request)
    {
        var response = await client.PostAsync("/api/ask", new StringContent(JsonSerializer.Serialize(request), Encoding.UTF8, "application/json"));
        var text = await response.Content.ReadAsStringAsync();
        Assert.DoesNotContain("   at ", text);
        return (response.StatusCode, JsonDocument.Parse(text).RootElement.Clone());
    }

    [Fact]
    public async Task A_chinese_question_is_answered_with_the_official_definition_in_chinese()
    {
        var (status, body) = await AskAsync(new { question = "上个月华东区各渠道的GMV", user = "ceo", now = "2025-07-15T10:00:00" });
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("answered", body.GetProperty("status").GetString());
        Assert.Equal("上个月华东区各渠道的GMV", body.GetProperty("question").GetString());
        var metric = body.GetProperty("metric");
        Assert.Equal("gmv", metric.GetProperty("id").GetString());
        Assert.Equal("支付GMV", metric.GetProperty("name").GetString());
        Assert.Equal("财务部", metric.GetProperty("owner").GetString());
        var query = body.GetProperty("query");
        Assert.Equal("2025-06-01", query.GetProperty("timeRange").GetProperty("start").GetString());
        Assert.Equal("2025-07-01", query.GetProperty("timeRange").GetProperty("end").GetString());
        Assert.Equal(["channel"], query.GetProperty("groupBy").EnumerateArray().Select(g => g.GetString()));
        Assert.Equal("east", query.GetProperty("filters")[0].GetProperty("values")[0].GetString());
        Assert.Contains("万", body.GetProperty("message").GetString());
        Assert.Contains("支付GMV", body.GetProperty("message").GetString());
        Assert.Contains(body.GetProperty("alternatives").EnumerateArray(), a => a.GetProperty("id").GetString() == "gmv_ordered");
        Assert.True(body.GetProperty("timings").GetProperty("understandMs").GetDouble() > 0);
    }

    [Fact]
    public async Task The_answers_query_through_api_query_gives_the_same_rows()
    {
        var (_, asked) = await AskAsync(new { question = "AOV by channel last quarter", user = "ceo", now = "2025-07-15T10:00:00" });
        Assert.Equal("answered", asked.GetProperty("status").GetString());
        var request = JsonSerializer.Serialize(new { query = asked.GetProperty("query"), user = "ceo" });
        var response = await client.PostAsync("/api/query", new StringContent(request, Encoding.UTF8, "application/json"));
        var queried = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal(asked.GetProperty("rows").GetRawText(), queried.GetProperty("rows").GetRawText());
        Assert.Contains("¥", asked.GetProperty("message").GetString());
    }

    [Fact]
    public async Task Ambiguous_words_ask_back_and_run_nothing()
    {
        var (status, body) = await AskAsync(new { question = "上个月客户数", user = "ceo", now = "2025-07-15T10:00:00" });
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("clarification_needed", body.GetProperty("status").GetString());
        var ids = body.GetProperty("alternatives").EnumerateArray().Select(a => a.GetProperty("id").GetString()).ToList();
        Assert.Contains("paying_customers", ids);
        Assert.Contains("new_customers", ids);
        // Each choice carries its one-line definition (issue #12), so it can be told apart without the catalog.
        Assert.All(body.GetProperty("alternatives").EnumerateArray(), a => Assert.False(string.IsNullOrWhiteSpace(a.GetProperty("definition").GetString())));
        Assert.Empty(body.GetProperty("rows").EnumerateArray());
        Assert.Equal(JsonValueKind.Null, body.GetProperty("sql").ValueKind);
    }

    [Fact]
    public async Task Unknown_measures_are_not_found_and_deprecated_names_are_replaced()
    {
        var (_, notFound) = await AskAsync(new { question = "库存周转率", user = "ceo", now = "2025-07-15" });
        Assert.Equal("not_found", notFound.GetProperty("status").GetString());
        var (_, legacy) = await AskAsync(new { question = "上个月旧口径销售额", user = "ceo", now = "2025-07-15" });
        Assert.Equal("answered", legacy.GetProperty("status").GetString());
        Assert.Equal("gmv", legacy.GetProperty("metric").GetProperty("id").GetString());
        Assert.Contains("停用", legacy.GetProperty("message").GetString());
    }

    [Fact]
    public async Task No_time_expression_uses_the_default_window_and_says_so()
    {
        var (_, body) = await AskAsync(new { question = "gmv", user = "ceo", now = "2025-07-15T10:00:00" });
        Assert.Equal("2025-06-01", body.GetProperty("query").GetProperty("timeRange").GetProperty("start").GetString());
        Assert.Contains("default", body.GetProperty("message").GetString());
    }

    public static IEnumerable<object[]> BadQuestions() =>
    [
        [""], ["   "], [new string('a', 10_000)], ["\0\0\0binary\uFFFD"], ["\uD800\uDC00\uDFFF\uD83D gmv"], ["\u0001\u0002\u0003\u0004gmv"],
    ];

    [Theory]
    [InlineData("上个月的订单数😀😀", "order_count")]
    [InlineData("GMV last month 👍🙏 thanks!", "gmv")]
    public async Task Emoji_are_text_not_binary(string question, string metric)
    {
        var (status, body) = await AskAsync(new { question, user = "ceo", now = "2025-07-15T10:00:00" });
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(metric, body.GetProperty("metric").GetProperty("id").GetString());
    }

    [Theory]
    [MemberData(nameof(BadQuestions))]
    public async Task Malformed_questions_are_invalid_never_a_500(string question)
    {
        var (status, body) = await AskAsync(new { question, user = "ceo" });
        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal("invalid", body.GetProperty("status").GetString());
    }

    [Fact]
    public async Task Unknown_user_and_missing_question_are_invalid()
    {
        Assert.Equal("invalid", (await AskAsync(new { question = "gmv", user = "mallory" })).Body.GetProperty("status").GetString());
        Assert.Equal("invalid", (await AskAsync(new { user = "ceo" })).Body.GetProperty("status").GetString());
        var response = await client.PostAsync("/api/ask", new StringContent("{\"question\": ", Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task Search_offers_the_askers_own_recent_questions_first()
    {
        await AskAsync(new { question = "华南上个月的退款金额", user = "fin_li", now = "2025-07-15T10:00:00" });
        var mine = JsonDocument.Parse(await client.GetStringAsync("/api/search?user=fin_li&q=" + Uri.EscapeDataString("华南"))).RootElement.GetProperty("suggestions");
        Assert.Equal("recent", mine[0].GetProperty("kind").GetString());
        Assert.Equal("华南上个月的退款金额", mine[0].GetProperty("text").GetString());
        var others = JsonDocument.Parse(await client.GetStringAsync("/api/search?user=ceo&q=" + Uri.EscapeDataString("华南"))).RootElement.GetProperty("suggestions");
        Assert.DoesNotContain(others.EnumerateArray(), s => s.GetProperty("kind").GetString() == "recent");
    }

    [Fact]
    public async Task Search_suggests_metrics_and_questions_in_either_language()
    {
        var zh = JsonDocument.Parse(await client.GetStringAsync("/api/search?user=ceo&q=" + Uri.EscapeDataString("客单"))).RootElement;
        Assert.Contains(zh.GetProperty("suggestions").EnumerateArray(), s => s.GetProperty("metricId").GetString() == "aov");
        // Suggestions never show a metric the asker may not see: guest sees public metrics only.
        var guest = JsonDocument.Parse(await client.GetStringAsync("/api/search?user=guest&q=" + Uri.EscapeDataString("客单"))).RootElement;
        Assert.DoesNotContain(guest.GetProperty("suggestions").EnumerateArray(), s => s.GetProperty("metricId").GetString() == "aov");
        var guestOrders = JsonDocument.Parse(await client.GetStringAsync("/api/search?user=guest&q=" + Uri.EscapeDataString("订单"))).RootElement;
        Assert.All(guestOrders.GetProperty("suggestions").EnumerateArray(), s => Assert.Contains(s.GetProperty("metricId").GetString(), new[] { "order_count", "visitors", "new_customers", null }));
        var en = JsonDocument.Parse(await client.GetStringAsync("/api/search?user=ceo&q=conv")).RootElement;
        Assert.Contains(en.GetProperty("suggestions").EnumerateArray(), s => s.GetProperty("metricId").GetString() == "conversion_rate");
        var empty = JsonDocument.Parse(await client.GetStringAsync("/api/search?q=")).RootElement;
        Assert.Empty(empty.GetProperty("suggestions").EnumerateArray());
        Assert.Equal(HttpStatusCode.BadRequest, (await client.GetAsync("/api/search?q=" + new string('x', 500))).StatusCode);
    }
}
