namespace MetricAssistant.Evals.Reports;

/// <summary>
/// The regression gate's verdict against a baseline: the scores that dropped by more than the tolerance,
/// the cases that passed in the baseline and fail now, and notes (sets or cases no longer present).
/// </summary>
public sealed record GateResult(
    bool Passed,
    string Baseline,
    double TolerancePoints,
    IReadOnlyList<ScoreDelta> Drops,
    IReadOnlyList<CaseRef> NewlyFailing,
    IReadOnlyList<string> Notes)
{
    public IEnumerable<string> Describe()
    {
        yield return Passed
            ? $"gate PASSED against {Baseline} (tolerance {TolerancePoints:0.##} pp)"
            : $"gate FAILED against {Baseline} (tolerance {TolerancePoints:0.##} pp)";
        foreach (var drop in Drops) yield return $"  score dropped: {drop.Describe()}";
        foreach (var failing in NewlyFailing) yield return $"  passed in the baseline, fails now: {failing}";
        foreach (var note in Notes) yield return $"  note: {note}";
    }
}
