namespace MetricAssistant.Understanding.Examples;

/// <summary>A wording known to mean these metrics: an accepted learned example or a metric's typical question.</summary>
public sealed record QuestionExample(string Wording, IReadOnlyList<string> Metrics);
