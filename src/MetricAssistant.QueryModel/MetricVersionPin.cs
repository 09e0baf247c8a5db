namespace MetricAssistant.QueryModel;

/// <summary>
/// "按v2口径", <c>"versions": { "gmv": 2 }</c>: compute <see cref="MetricId"/> with its published definition at
/// <see cref="Version"/> (the metric YAML's <c>version:</c>) instead of the current one.
/// </summary>
public sealed record MetricVersionPin(string MetricId, int Version);
