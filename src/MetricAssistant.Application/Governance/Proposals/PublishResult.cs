namespace MetricAssistant.Application.Governance.Proposals;

/// <summary>What a publish wrote: the metric's version now, the store revision, and whether the version moved.</summary>
public sealed record PublishResult(string MetricId, int Version, long Revision, bool BumpedVersion, string ProposalId);
