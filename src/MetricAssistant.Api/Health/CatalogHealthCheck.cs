using MetricAssistant.Application.Catalog;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace MetricAssistant.Api.Health;

/// <summary>A catalog is loaded and has metrics to answer with.</summary>
internal sealed class CatalogHealthCheck(ICatalogProvider catalogs) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken)
    {
        try
        {
            var catalog = catalogs.Current;
            return Task.FromResult(catalog.Metrics.Count > 0
                ? HealthCheckResult.Healthy($"{catalog.Metrics.Count} metrics" + (catalogs.Revision is { } revision ? $" (revision {revision})" : ""))
                : HealthCheckResult.Unhealthy("the catalog has no metrics"));
        }
        catch (Exception e)
        {
            return Task.FromResult(HealthCheckResult.Unhealthy($"no catalog loaded: {HealthProbe.Reason(e)}"));
        }
    }
}
