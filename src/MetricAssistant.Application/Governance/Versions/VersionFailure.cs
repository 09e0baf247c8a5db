namespace MetricAssistant.Application.Governance.Versions;

/// <summary>A version request the caller got wrong (or that cannot be served), with what exists instead.</summary>
public sealed record VersionFailure(VersionFailureKind Kind, string Code, string Message, IReadOnlyList<string> Suggestions);
