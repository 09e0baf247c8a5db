namespace MetricAssistant.Evals.Reports;

/// <summary>A documented, deliberate difference from the reference suite: what it covers, why, how it is counted, and how many cases it explained.</summary>
public sealed record ConformanceRule(string Id, string Kind, string Description, string Reason, int Cases);
