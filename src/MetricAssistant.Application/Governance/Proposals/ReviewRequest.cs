namespace MetricAssistant.Application.Governance.Proposals;

/// <summary>POST /api/proposals/{id}/reviews: approve, reject or request_changes, with a comment.</summary>
public sealed record ReviewRequest(string? Decision, string? Comment, string? User);
