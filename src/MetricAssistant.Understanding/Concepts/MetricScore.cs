namespace MetricAssistant.Understanding.Concepts;

/// <summary>How well a question's concepts match one metric's signature (higher is closer).</summary>
public readonly record struct MetricScore(string MetricId, double Score);
