namespace MetricAssistant.Understanding.Parsing;

/// <summary>The metrics a question names, or the candidates it could mean when it is not clear.</summary>
public sealed record MetricChoice(IReadOnlyList<string> Metrics, IReadOnlyList<string> Ambiguous, IReadOnlyList<Notice> Notices);
