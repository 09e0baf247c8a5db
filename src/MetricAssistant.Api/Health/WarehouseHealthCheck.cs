using MetricAssistant.Application.Execution;
using MetricAssistant.Application.Telemetry;
using MetricAssistant.Infrastructure.Warehouse;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace MetricAssistant.Api.Health;

/// <summary>The warehouse answers a round trip (SELECT 1) through the engine's own connections.</summary>
internal sealed class WarehouseHealthCheck(IWarehouse warehouse) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken)
    {
        var engine = warehouse is TracedWarehouse traced ? traced.Inner : warehouse;
        if (engine is not IWarehousePing ping) return HealthCheckResult.Healthy($"{warehouse.Dialect.Name}: this engine has no probe");
        try
        {
            await HealthProbe.WithinAsync(ping.PingAsync, cancellationToken);
            return HealthCheckResult.Healthy($"{warehouse.Dialect.Name} reachable");
        }
        catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            return HealthCheckResult.Unhealthy($"{warehouse.Dialect.Name} unreachable: {HealthProbe.Reason(e)}");
        }
    }
}
