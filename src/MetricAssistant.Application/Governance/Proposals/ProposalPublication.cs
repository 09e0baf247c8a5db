namespace MetricAssistant.Application.Governance.Proposals;

/// <summary>How a proposal was published: the metric's version and the store revision it became, by whom and when.</summary>
public sealed record ProposalPublication(int Version, long Revision, string By, DateTimeOffset At);
