namespace MetricAssistant.Application.Governance.Proposals;

/// <summary>A review as the API shows it (<c>decision</c>: approve, reject, request_changes).</summary>
public sealed record ProposalReviewView(long Id, int Revision, string Decision, string Comment, string Reviewer, DateTimeOffset At);
