using MetricAssistant.Infrastructure;
using MetricAssistant.Infrastructure.CatalogFiles;
using MetricAssistant.Infrastructure.Health;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;

namespace MetricAssistant.Api.Health;

/// <summary>
/// The shared store (<c>ConnectionStrings:Shared</c>, PostgreSQL) can take a write; on the embedded default, with no
/// shared store, the catalog store's SQLite file stands for the local stores.
/// </summary>
internal sealed class SharedStoreHealthCheck(IConfiguration configuration, IOptions<CatalogOptions> catalog, RepositoryRoot root) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken)
    {
        var shared = configuration.GetConnectionString("Shared");
        (string What, Func<CancellationToken, Task>? Probe) target = !string.IsNullOrWhiteSpace(shared)
            ? ("shared PostgreSQL store", ct => StoreWriteProbe.PostgresAsync(shared, ct))
            : catalog.Value.Store == "sqlite"
                ? ($"embedded store {catalog.Value.StorePath}", ct => StoreWriteProbe.SqliteAsync(root.Resolve(catalog.Value.StorePath), ct))
                : ("", null);
        var (what, probe) = target;
        if (probe is null) return HealthCheckResult.Healthy($"no shared store: the catalog store is {catalog.Value.Store}");
        try
        {
            await HealthProbe.WithinAsync(probe, cancellationToken);
            return HealthCheckResult.Healthy($"{what} writable");
        }
        catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            return HealthCheckResult.Unhealthy($"{what} not writable: {HealthProbe.Reason(e)}");
        }
    }
}
