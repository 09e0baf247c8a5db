using MetricAssistant.Application.Execution;

namespace MetricAssistant.Application.Contracts;

/// <param name="ExecuteMs">Warehouse time of this answer: 0 when its rows came from the result cache.</param>
public sealed record TimingsDto(double UnderstandMs, double CompileMs, double ExecuteMs, double TotalMs)
{
    /// <summary>Where the rows came from (<c>hit</c>, <c>miss</c>, <c>bypass</c>); null when nothing was run.</summary>
    public CacheStatus? Cache { get; init; }

    /// <summary>Time spent in the result cache: the key (catalog versions, watermarks) and the lookup, without warehouse time.</summary>
    public double? CacheMs { get; init; }
}
