namespace MetricAssistant.Infrastructure.Warehouse;

/// <summary>A round trip to the warehouse through the engine's own connections (readiness): throws when it is unreachable.</summary>
public interface IWarehousePing
{
    Task PingAsync(CancellationToken cancellationToken);
}
