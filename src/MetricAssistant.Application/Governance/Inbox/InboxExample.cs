namespace MetricAssistant.Application.Governance.Inbox;

/// <summary>
/// One wording of a group as people asked it: the question, how many times, by whom, when last, the comments left
/// with it, and the ids of what it came from (a learned example's or a request's id, to accept or answer it).
/// </summary>
public sealed record InboxExample(string Question, int Count, IReadOnlyList<string> Users, DateTimeOffset LastSeen, IReadOnlyList<string> Comments, IReadOnlyList<string> Ids, string? Status);
