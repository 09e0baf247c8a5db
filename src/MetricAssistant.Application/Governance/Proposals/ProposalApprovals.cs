namespace MetricAssistant.Application.Governance.Proposals;

/// <summary>How many approvals the policy asks for, and who approved the revision under review.</summary>
public sealed record ProposalApprovals(int Required, IReadOnlyList<string> By);
