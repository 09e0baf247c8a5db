namespace MetricAssistant.Understanding.Retrieval;

/// <summary>
/// A dimension or dimension value mentioned in text (华东 → region/east, 抖音小店 → channel/douyin).
/// <see cref="Code"/> is null when the dimension itself matched (区域 → region).
/// </summary>
public sealed record DimensionValueCandidate(string DimensionId, string? Code, double Score, string MatchedText);
