namespace MetricAssistant.Application.Telemetry;

/// <summary>
/// What a result cache reports: each lookup answered from the cache (a hit) or sent to the warehouse (a miss).
/// Implemented by <see cref="AnswerTelemetry"/>; a cache takes it from the container.
/// </summary>
public interface IResultCacheMetrics
{
    void Hit();

    void Miss();
}
