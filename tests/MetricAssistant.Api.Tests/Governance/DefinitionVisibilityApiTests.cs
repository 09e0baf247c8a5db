using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using MetricAssistant.Tests.Shared;

namespace MetricAssistant.Api.Tests.Governance;

/// <summary>
/// Definitions by visibility (issue #14, item 4) through every catalog door × the demo users: the repository's catalog
/// (guest: public metrics only; a hidden metric is 404 with the body of an unknown one), then a catalog with published
/// definitions and a draft.
/// </summary>
public sealed class DefinitionVisibilityApiTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    private readonly HttpClient client = factory.CreateClient();

    public static TheoryData<string> Users => ["ceo", "fin_li", "east_wang", "ecom_zhao", "guest"];

    private static async Task<(HttpStatusCode Status, string Body)> GetAsync(HttpClient client, string url, string user)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.Add("X-User", user);
        var response = await client.SendAsync(request);
        return (response.StatusCode, await response.Content.ReadAsStringAsync());
    }

    private static string[] Ids(string body) => [.. JsonDocument.Parse(body).RootElement.EnumerateArray().Select(m => m.GetProperty("id").GetString()!).Order(StringComparer.Ordinal)];

    /// <summary>A 404's body without the id asked for: what an outsider could compare.</summary>
    private static string Shape(string body, string id) => body.Replace(id, "ID", StringComparison.Ordinal).Split("\"traceId\"")[0];

    [Theory]
    [MemberData(nameof(Users))]
    public async Task The_catalog_lists_what_the_user_may_see(string user)
    {
        var (status, body) = await GetAsync(client, "/api/metrics", user);
        Assert.Equal(HttpStatusCode.OK, status);
        var ids = Ids(body);
        var sensitive = TestRepository.Catalog.Metrics.Values.Where(m => m.Tags.Contains("finance-sensitive")).Select(m => m.Id).ToArray();
        Assert.NotEmpty(sensitive);
        switch (user)
        {
            case "guest":
                Assert.Equal(["new_customers", "order_count", "visitors"], ids);
                break;
            case "ceo" or "fin_li":
                Assert.Equal(TestRepository.Catalog.Metrics.Keys.Order(StringComparer.Ordinal), ids);
                break;
            default:
                Assert.Empty(ids.Intersect(sensitive));
                Assert.Contains("gmv", ids);
                break;
        }
    }

    [Theory]
    [InlineData("/api/metrics/{0}")]
    [InlineData("/api/metrics/{0}/versions")]
    [InlineData("/api/metrics/{0}/versions/1")]
    [InlineData("/api/metrics/{0}/diff?from=1&to=1")]
    [InlineData("/api/lineage/metrics/{0}")]
    public async Task A_hidden_metric_is_404_with_the_body_of_an_unknown_one(string template)
    {
        foreach (var user in new[] { "guest", "east_wang", "ecom_zhao" })
        {
            var (hiddenStatus, hidden) = await GetAsync(client, string.Format(template, "gross_margin"), user);
            var (unknownStatus, unknown) = await GetAsync(client, string.Format(template, "gross_margim"), user);
            Assert.Equal(HttpStatusCode.NotFound, hiddenStatus);
            Assert.Equal(HttpStatusCode.NotFound, unknownStatus);
            Assert.Equal(Shape(unknown, "gross_margim"), Shape(hidden, "gross_margin"));
            // Did-you-mean names only what the caller may see: never the hidden gross_margin.
            Assert.DoesNotContain("gross_margin", unknown, StringComparison.Ordinal);
        }
        foreach (var user in new[] { "ceo", "fin_li" })
        {
            var (status, body) = await GetAsync(client, string.Format(template, "gross_margin"), user);
            Assert.True(status == HttpStatusCode.OK, $"{user}: {status} {body}");
        }
    }

    [Fact]
    public async Task Guest_may_read_a_public_metric_everywhere()
    {
        foreach (var url in new[] { "/api/metrics/order_count", "/api/metrics/order_count/versions", "/api/lineage/metrics/order_count" })
            Assert.Equal(HttpStatusCode.OK, (await GetAsync(client, url, "guest")).Status);
    }

    [Fact]
    public async Task The_impact_of_a_change_lists_only_metrics_the_caller_may_see()
    {
        var (ecomStatus, ecom) = await GetAsync(client, "/api/lineage/impact?table=orders", "ecom_zhao");
        Assert.Equal(HttpStatusCode.OK, ecomStatus);
        var ecomIds = JsonDocument.Parse(ecom).RootElement.GetProperty("metrics").EnumerateArray().Select(m => m.GetProperty("id").GetString()).ToArray();
        Assert.Contains("gmv", ecomIds);
        Assert.DoesNotContain("gross_margin", ecomIds);
        var (_, ceo) = await GetAsync(client, "/api/lineage/impact?table=orders", "ceo");
        Assert.Contains("gross_margin", JsonDocument.Parse(ceo).RootElement.GetProperty("metrics").EnumerateArray().Select(m => m.GetProperty("id").GetString()));
    }

    [Fact]
    public async Task An_unknown_demo_user_is_400_and_the_portal_sends_its_user_with_catalog_reads()
    {
        Assert.Equal(HttpStatusCode.BadRequest, (await GetAsync(client, "/api/metrics", "nobody")).Status);
        var data = await client.GetStringAsync("/data.js");
        Assert.Contains("asCaller('/api/metrics')", data, StringComparison.Ordinal);
    }
}

/// <summary>Published definitions and drafts: the policy's public_definition_tags and a metric's definitions_public.</summary>
public sealed class PublishedDefinitionApiTests(VisibilityApiFactory factory) : IClassFixture<VisibilityApiFactory>
{
    private readonly HttpClient client = factory.CreateClient();

    private async Task<(HttpStatusCode Status, JsonElement Body)> GetAsync(string url, string user)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.Add("X-User", user);
        var response = await client.SendAsync(request);
        return (response.StatusCode, JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement);
    }

    [Fact]
    public async Task Guest_reads_published_definitions_but_not_the_draft()
    {
        var (_, list) = await GetAsync("/api/metrics", "guest");
        Assert.Equal(["gmv", "gross_margin", "order_count", "visitors"], list.EnumerateArray().Select(m => m.GetProperty("id").GetString()!).Order(StringComparer.Ordinal));
        Assert.Equal(HttpStatusCode.NotFound, (await GetAsync("/api/metrics/new_customers", "guest")).Status);
        var (_, draft) = await GetAsync("/api/metrics?status=draft", "east_wang");
        Assert.Equal(["new_customers"], draft.EnumerateArray().Select(m => m.GetProperty("id").GetString()));
        Assert.Equal(HttpStatusCode.OK, (await GetAsync("/api/metrics/new_customers", "ceo")).Status);
    }

    [Fact]
    public async Task A_published_definitions_inputs_are_named_without_their_definitions()
    {
        var (status, detail) = await GetAsync("/api/metrics/gross_margin", "guest");
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(["gross_profit", "item_sales"], detail.GetProperty("calculation").GetProperty("inputs").EnumerateArray().Select(i => i.GetString()));
        Assert.Equal(HttpStatusCode.NotFound, (await GetAsync("/api/metrics/gross_profit", "guest")).Status);

        var (_, lineage) = await GetAsync("/api/lineage/metrics/gross_margin", "guest");
        foreach (var input in lineage.GetProperty("inputs").EnumerateArray())
        {
            var metric = input.GetProperty("metric");
            Assert.False(string.IsNullOrEmpty(metric.GetProperty("name").GetProperty("en").GetString()));
            Assert.Empty(metric.GetProperty("models").EnumerateArray());
            Assert.Empty(metric.GetProperty("columns").EnumerateArray());
        }
        var (_, full) = await GetAsync("/api/lineage/metrics/gross_margin", "fin_li");
        Assert.All(full.GetProperty("inputs").EnumerateArray(), i => Assert.NotEmpty(i.GetProperty("metric").GetProperty("models").EnumerateArray()));
    }

    [Fact]
    public async Task Asking_for_a_published_definitions_value_is_still_denied()
    {
        var response = await client.PostAsJsonAsync("/api/ask", new { question = "上个月的毛利率", user = "guest", now = "2025-07-15T10:00:00" });
        var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal("denied", body.GetProperty("status").GetString());
        Assert.DoesNotContain("%", body.GetProperty("message").GetString() ?? "", StringComparison.Ordinal);
        var gmv = await client.PostAsJsonAsync("/api/ask", new { question = "上个月的GMV", user = "guest", now = "2025-07-15T10:00:00" });
        Assert.Equal("denied", JsonDocument.Parse(await gmv.Content.ReadAsStringAsync()).RootElement.GetProperty("status").GetString());
    }
}
