namespace MetricAssistant.Understanding.Time.Conformance;

/// <summary>One documented way the resolver departs from Microsoft Recognizers' expected results, and why.</summary>
/// <param name="Id">Stable identifier, referenced by case results ("inclusive-range-end").</param>
/// <param name="Kind">Excluded from the score, or scored as a documented different answer.</param>
/// <param name="Description">Which cases it covers and what we answer instead.</param>
/// <param name="Reason">Why that is right for a governed-metrics product.</param>
public sealed record DeliberateDifference(string Id, DifferenceKind Kind, string Description, string Reason);
