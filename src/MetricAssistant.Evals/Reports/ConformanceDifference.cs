namespace MetricAssistant.Evals.Reports;

/// <summary>A conformance case whose result differs from the reference: why, when the difference is deliberate.</summary>
public sealed record ConformanceDifference(string File, string Input, string Expected, string Actual, string? Reason);
