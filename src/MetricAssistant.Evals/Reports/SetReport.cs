using MetricAssistant.Evals.Scoring;

namespace MetricAssistant.Evals.Reports;

/// <summary>One set's scores: overall, per category (every tag a case has) and per language, with the loader's problems.</summary>
public sealed record SetReport(
    string Name,
    string Directory,
    bool HeldOut,
    IReadOnlyList<string> Problems,
    ScoreCard Overall,
    IReadOnlyDictionary<string, ScoreCard> Categories,
    IReadOnlyDictionary<string, ScoreCard> Languages);
