namespace MetricAssistant.Catalog.Model;

/// <summary>
/// Words that, said on their own, could mean any of several metrics (转化率: visit or appointment
/// conversion). A question using one of them is answered with a question back, never with a guess.
/// </summary>
public sealed record AmbiguousTerm(IReadOnlyList<string> Terms, IReadOnlyList<string> Metrics, string? Note, SourceLocation Source);
