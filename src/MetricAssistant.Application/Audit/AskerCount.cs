namespace MetricAssistant.Application.Audit;

/// <summary>How often one user asked about some metrics in a period (the audit trail's entries naming them), and which.</summary>
public sealed record AskerCount(string User, int Count, IReadOnlyList<string> Metrics);
