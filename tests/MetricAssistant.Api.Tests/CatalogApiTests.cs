using System.Net;
using System.Text.Json;
using MetricAssistant.Tests.Shared;

namespace MetricAssistant.Api.Tests;

public sealed class CatalogApiTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    private readonly HttpClient client = factory.CreateClient();

    [Fact]
    public async Task Lists_every_metric_of_the_catalog_to_the_ceo()
    {
        var body = JsonDocument.Parse(await client.GetStringAsync("/api/metrics?user=ceo")).RootElement;
        var ids = body.EnumerateArray().Select(m => m.GetProperty("id").GetString()!).ToHashSet();
        Assert.Equal(TestRepository.Catalog.Metrics.Keys.ToHashSet(), ids);
        var deprecated = JsonDocument.Parse(await client.GetStringAsync("/api/metrics?status=deprecated&user=ceo")).RootElement;
        Assert.Equal(["sales_amount_legacy"], deprecated.EnumerateArray().Select(m => m.GetProperty("id").GetString()));
    }

    [Fact]
    public async Task Shows_a_metric_in_both_languages_with_governance_and_lineage()
    {
        var body = JsonDocument.Parse(await client.GetStringAsync("/api/metrics/gmv?user=ceo")).RootElement;
        var summary = body.GetProperty("summary");
        Assert.Equal("支付GMV", summary.GetProperty("name").GetProperty("zh").GetString());
        Assert.Equal("财务部", summary.GetProperty("owner").GetProperty("zh").GetString());
        Assert.Equal("published", summary.GetProperty("status").GetString());
        Assert.True(summary.GetProperty("version").GetInt32() >= 1);
        Assert.False(string.IsNullOrEmpty(body.GetProperty("definition").GetProperty("en").GetString()));
        Assert.Contains("region", body.GetProperty("dimensions").EnumerateArray().Select(d => d.GetString()));
        Assert.DoesNotContain("category", body.GetProperty("dimensions").EnumerateArray().Select(d => d.GetString()));
        Assert.False(string.IsNullOrEmpty(body.GetProperty("lineage").GetProperty("job").GetString()));
        Assert.Equal("orders", body.GetProperty("models")[0].GetProperty("table").GetString());
    }

    [Fact]
    public async Task Unknown_metric_is_a_404_problem_with_suggestions()
    {
        var response = await client.GetAsync("/api/metrics/gmv_paid?user=ceo");
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("gmv", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Serves_the_openapi_document_and_a_browsable_api_page()
    {
        var openapi = await client.GetStringAsync("/openapi/v1.json");
        Assert.Contains("/api/query", openapi);
        Assert.Contains("/api/metrics/{id}", openapi);
        var page = await client.GetAsync("/api/docs");
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Contains("text/html", page.Content.Headers.ContentType?.ToString());
    }
}
