namespace MetricAssistant.Application.Governance.Inbox;

/// <summary>
/// A body for <c>POST /api/proposals</c>, ready to send (after a look): a change of the metric's synonyms or typical
/// questions, made against its current version, with the wording the group adds. Lists are the whole new list (the
/// current entries plus the new one), as a partial <c>change</c> definition gives them.
/// </summary>
public sealed record ProposalTemplate(string Kind, string MetricId, int BaseVersion, IReadOnlyDictionary<string, IReadOnlyList<string>> Definition, string Reason);
