using MetricAssistant.Application.Audit;
using MetricAssistant.Infrastructure.Audit;
using MetricAssistant.Infrastructure.Health;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;

namespace MetricAssistant.Api.Health;

/// <summary>The audit trail can take a write: no answer may leave without its record.</summary>
internal sealed class AuditStoreHealthCheck(IAuditLog log, IOptions<AuditOptions> options) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken)
    {
        Func<CancellationToken, Task>? probe = log switch
        {
            SqliteAuditLog sqlite => ct => StoreWriteProbe.SqliteAsync(sqlite.Path, ct),
            PostgresAuditLog when options.Value.PostgresConnectionString is { } cs => ct => StoreWriteProbe.PostgresAsync(cs, ct),
            _ => null,
        };
        if (probe is null) return HealthCheckResult.Healthy(options.Value.Store == "none" ? "audit is off (Audit:Store none)" : "this audit store has no probe");
        try
        {
            await HealthProbe.WithinAsync(probe, cancellationToken);
            return HealthCheckResult.Healthy($"{options.Value.Store} writable");
        }
        catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            return HealthCheckResult.Unhealthy($"{options.Value.Store} audit store not writable: {HealthProbe.Reason(e)}");
        }
    }
}
