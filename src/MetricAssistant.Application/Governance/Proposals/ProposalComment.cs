namespace MetricAssistant.Application.Governance.Proposals;

/// <summary>A comment on a proposal's thread.</summary>
public sealed record ProposalComment(long Id, string Author, string Text, DateTimeOffset At);
