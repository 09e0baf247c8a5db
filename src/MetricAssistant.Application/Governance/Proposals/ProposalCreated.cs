namespace MetricAssistant.Application.Governance.Proposals;

/// <summary>The answer to a proposal: its id and status, and whether publishing it moves the metric's version.</summary>
public sealed record ProposalCreated(string Id, string Status, string MetricId, int? BaseVersion, bool BumpsVersion, int ProposedVersion);
