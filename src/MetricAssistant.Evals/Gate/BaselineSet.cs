namespace MetricAssistant.Evals.Gate;

/// <summary>
/// One set in a baseline: headline scores (full, status, metric, query, alternatives, execution), the full
/// score per category and per language (fractions; null when nothing was measured), and which cases passed and failed.
/// </summary>
public sealed record BaselineSet(
    string Name,
    int Cases,
    IReadOnlyDictionary<string, double?> Scores,
    IReadOnlyDictionary<string, double?> Categories,
    IReadOnlyDictionary<string, double?> Languages,
    IReadOnlyList<string> Passed,
    IReadOnlyList<string> Failed);
