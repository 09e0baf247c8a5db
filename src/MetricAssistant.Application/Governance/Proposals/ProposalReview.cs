namespace MetricAssistant.Application.Governance.Proposals;

/// <summary>One reviewer's decision on one revision of a proposal, with their comment.</summary>
public sealed record ProposalReview(long Id, int Revision, ReviewDecision Decision, string Comment, string Reviewer, DateTimeOffset At);
