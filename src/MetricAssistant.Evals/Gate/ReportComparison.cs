using MetricAssistant.Evals.Reports;


namespace MetricAssistant.Evals.Gate;

/// <summary>What a change did between two runs: cases it broke and fixed, cases added or removed, and every aggregate's delta.</summary>
public sealed record ReportComparison(
    string Before,
    string After,
    IReadOnlyList<CaseRef> Broken,
    IReadOnlyList<CaseRef> Fixed,
    IReadOnlyList<CaseRef> Added,
    IReadOnlyList<CaseRef> Removed,
    IReadOnlyList<ScoreDelta> Deltas);
