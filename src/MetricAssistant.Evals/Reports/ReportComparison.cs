using MetricAssistant.Evals.Gate;

namespace MetricAssistant.Evals.Reports;

/// <summary>What a change did between two runs: cases it broke and fixed, cases added or removed, and every aggregate's delta.</summary>
public sealed record ReportComparison(
    string Before,
    string After,
    IReadOnlyList<CaseRef> Broken,
    IReadOnlyList<CaseRef> Fixed,
    IReadOnlyList<CaseRef> Added,
    IReadOnlyList<CaseRef> Removed,
    IReadOnlyList<ScoreDelta> Deltas);
