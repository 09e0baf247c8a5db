using MetricAssistant.Evals.Scoring;

namespace MetricAssistant.Evals.Reports;

/// <summary>One file of a conformance suite: cases that passed, deliberate (documented) differences, failures and skipped cases.</summary>
public sealed record ConformanceFileResult(string File, int Total, int Passed, int Differences, int Failed, int Skipped)
{
    /// <summary>Passed over the cases measured (all but the skipped ones).</summary>
    public Rate PassRate => new(Passed, Total - Skipped);
}
