namespace MetricAssistant.Application.Governance.Proposals;

/// <summary>
/// Where a proposal stands: submitted proposals are in review; reviews move them to approved, rejected or changes
/// requested (a revision puts them back in review); an approved one is published once.
/// </summary>
public enum ProposalStatus { InReview, ChangesRequested, Approved, Rejected, Published }
