namespace MetricAssistant.Understanding.Time.Conformance;

/// <summary>
/// The score of one Microsoft test file. <see cref="Applicable"/> counts the cases whose expected result
/// is a single closed date range; <see cref="OutOfScope"/> of them are excluded by a documented
/// difference; the rest are <see cref="Scored"/>: each either passes (our range equals Microsoft's
/// exactly), differs as documented (equals what a <see cref="DifferenceKind.DifferentResult"/> says
/// we answer), or fails.
/// </summary>
public sealed record ConformanceFileResult(
    string File,
    int Applicable,
    int OutOfScope,
    int Passed,
    int DifferentAsDocumented,
    IReadOnlyList<ConformanceCaseResult> Failures,
    IReadOnlyList<ConformanceCaseResult> Documented,
    IReadOnlyList<ConformanceCaseResult> Excluded)
{
    public int Scored => Applicable - OutOfScope;

    public int Failed => Failures.Count;

    /// <summary>Exact agreement with Microsoft over the scored cases.</summary>
    public double PassRate => Scored == 0 ? 0 : (double)Passed / Scored;

    /// <summary>Agreement with Microsoft or with our documented differences, over the scored cases.</summary>
    public double ConformanceRate => Scored == 0 ? 0 : (double)(Passed + DifferentAsDocumented) / Scored;

    public override string ToString() =>
        $"{File}: applicable {Applicable}, out of scope {OutOfScope}, scored {Scored}: passed {Passed} ({PassRate:P1}), " +
        $"documented differences {DifferentAsDocumented}, failed {Failed} (conformance {ConformanceRate:P1})";
}
