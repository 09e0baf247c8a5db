namespace MetricAssistant.Application.Governance.Proposals;

/// <summary>One thing wrong with a proposed definition: the catalog file and line, the top-level field when known, and a did-you-mean.</summary>
public sealed record GovernanceProblem(string File, int Line, string? Field, string Code, string Message, string? Suggestion);
