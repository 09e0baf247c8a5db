using MetricAssistant.Application.Execution;
using MetricAssistant.Demo;
using MetricAssistant.Application.Catalog;

namespace MetricAssistant.Api.Hosting;

/// <summary>
/// Before the service listens: the catalog must load without problems, and the demo warehouse is
/// generated when it is missing, so the first question never waits for either.
/// </summary>
internal sealed class StartupChecks(ICatalogProvider catalogs, DemoWarehouseBootstrapper demo, ILogger<StartupChecks> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var catalog = catalogs.Current;
        logger.LogInformation("Catalog loaded: {Metrics} metrics, {Models} models, {Dimensions} dimensions (hash {Hash}).",
            catalog.Metrics.Count, catalog.Models.Count, catalog.Dimensions.Count, catalog.ContentHash[..Math.Min(12, catalog.ContentHash.Length)]);
        await demo.EnsureAsync(cancellationToken);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
