namespace MetricAssistant.Application.Governance.Inbox;

/// <summary><c>GET /api/inbox</c>: everything about the caller's domains, grouped by metric, kind and wording, largest groups first.</summary>
public sealed record Inbox(string User, IReadOnlyList<string> Owners, int Count, IReadOnlyDictionary<string, int> Kinds, IReadOnlyList<InboxGroup> Groups);
