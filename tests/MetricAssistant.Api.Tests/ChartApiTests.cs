using System.Net;
using MetricAssistant.Application.Charts;
using MetricAssistant.Application.Contracts;
using Microsoft.Extensions.DependencyInjection;
using MetricAssistant.Application.Execution;

namespace MetricAssistant.Api.Tests;

/// <summary>GET /api/charts/{id}.png: the stored chart drawn as PNG by its id, to anyone holding the id; 404 otherwise.</summary>
public sealed class ChartApiTests(ApiFactory factory, DeployedModeTests.Factory deployed) : IClassFixture<ApiFactory>, IClassFixture<DeployedModeTests.Factory>
{
    [Fact]
    public async Task A_rendered_chart_is_served_as_png_by_its_id_and_an_unknown_id_is_404()
    {
        var client = factory.CreateClient();
        var services = factory.Services;
        var answer = await services.GetRequiredService<QueryService>().RunAsync(
            new QueryRequest(new QueryDto(["gmv"], ["channel"], [], new("2025-06-01", "2025-07-01")), "ceo"), CancellationToken.None);
        Assert.Equal(AnswerStatus.Answered, answer.Status);
        var image = services.GetRequiredService<IChartRenderer>().Render(answer, new ChartRequest(640, 320, "zh"));
        Assert.NotNull(image);
        var spec = ChartChooser.Spec(answer, services.GetRequiredService<MetricAssistant.Application.Catalog.ICatalogProvider>().Current, "zh");
        Assert.NotNull(spec);
        var id = await services.GetRequiredService<IChartStore>().AddAsync(new StoredChart(spec, 640, 320), CancellationToken.None);

        // No user, header or token: the id alone is the capability (Teams fetches card images without our credentials).
        var response = await client.GetAsync($"/api/charts/{id}.png");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("image/png", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(image.Png, await response.Content.ReadAsByteArrayAsync());
        Assert.Contains("private", response.Headers.CacheControl?.ToString());

        foreach (var unknown in new[] { "/api/charts/AAAAAAAAAAAAAAAAAAAAAA.png", $"/api/charts/{id}x.png", "/api/charts/..%2Fappsettings.png" })
        {
            var missing = await client.GetAsync(unknown);
            Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
            Assert.Equal("application/problem+json", missing.Content.Headers.ContentType?.MediaType);
        }
    }

    [Fact]
    public async Task A_deployment_that_requires_callers_still_serves_chart_images_without_credentials()
    {
        var client = deployed.CreateClient();
        Assert.Equal(HttpStatusCode.Unauthorized, (await client.GetAsync("/api/metrics")).StatusCode);
        var spec = new ChartSpec(ChartKind.Bars, "GMV", ["a", "b"], [new ChartSeries("GMV", [1, 2])], new MetricAssistant.Application.Formatting.ValueFormat("", "decimal", 2), "en");
        var id = await deployed.Services.GetRequiredService<IChartStore>().AddAsync(new StoredChart(spec, 320, 200), CancellationToken.None);
        var response = await client.GetAsync($"/api/charts/{id}.png");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(deployed.Services.GetRequiredService<IChartRenderer>().Draw(spec, 320, 200).Png, await response.Content.ReadAsByteArrayAsync());
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/api/charts/AAAAAAAAAAAAAAAAAAAAAA.png")).StatusCode);
    }
}
