using MetricAssistant.Evals.Scoring;

namespace MetricAssistant.Evals.Reports;

/// <summary>A set after running: where it came from, the loader's problems, and every case's result in file order.</summary>
public sealed record SetRun(EvalSetSource Source, IReadOnlyList<string> Problems, IReadOnlyList<CaseResult> Results);
