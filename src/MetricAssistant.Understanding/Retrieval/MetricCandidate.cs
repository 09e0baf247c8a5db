namespace MetricAssistant.Understanding.Retrieval;

/// <summary>A metric that retrieval found for a question, with its fused score and the text that matched.</summary>
public sealed record MetricCandidate(string MetricId, double Score, string MatchedText, string Source);
