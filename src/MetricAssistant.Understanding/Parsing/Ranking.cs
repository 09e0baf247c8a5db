namespace MetricAssistant.Understanding.Parsing;

/// <summary>A ranking the question asks for: direction and how many (null: all, ranked).</summary>
public sealed record Ranking(bool Desc, int? Limit, int Position);
