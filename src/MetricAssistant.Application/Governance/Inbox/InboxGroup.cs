namespace MetricAssistant.Application.Governance.Inbox;

/// <summary>
/// Questions of one kind about one metric (null: none, e.g. questions that found nothing) in one wording (the masked
/// key), with their count, examples, the domain they belong to, and the one-click proposals: <see cref="Proposal"/> adds
/// the wording as a synonym, <see cref="TypicalQuestionProposal"/> the most asked question as a typical question.
/// </summary>
public sealed record InboxGroup(
    string? MetricId,
    string Kind,
    string Wording,
    int Count,
    string Domain,
    string DomainZh,
    DateTimeOffset LastSeen,
    IReadOnlyList<InboxExample> Examples,
    ProposalTemplate? Proposal,
    ProposalTemplate? TypicalQuestionProposal);
