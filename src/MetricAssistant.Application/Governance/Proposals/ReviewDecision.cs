namespace MetricAssistant.Application.Governance.Proposals;

/// <summary>A reviewer's decision on a proposal.</summary>
public enum ReviewDecision { Approve, Reject, RequestChanges }
