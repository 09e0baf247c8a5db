using MetricAssistant.Evals.Scoring;

namespace MetricAssistant.Evals.Reports;

/// <summary>
/// Everything one eval run found: per-set scores (golden and held-out reported separately), every case
/// with expected and actual side by side, the conformance suites, and the gate's verdict when a baseline was given.
/// Written as <c>report.json</c>; <see cref="Kind"/> tells it apart from a baseline file.
/// </summary>
public sealed record EvalReport(
    string Kind,
    int Version,
    DateTimeOffset GeneratedAt,
    string Planner,
    double DurationMs,
    IReadOnlyList<SetReport> Sets,
    ConformanceSection Conformance,
    IReadOnlyList<CaseResult> Cases,
    GateResult? Gate = null)
{
    public const string ReportKind = "metricassistant-eval-report";
    public const int CurrentVersion = 1;

    public IEnumerable<CaseResult> FailedCases() => Cases.Where(c => !c.Score.Passed);
}
