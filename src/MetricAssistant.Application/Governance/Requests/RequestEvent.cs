namespace MetricAssistant.Application.Governance.Requests;

/// <summary>
/// One entry of a request's history, append-only: who did what and when. A status change keeps the status it
/// left (<see cref="From"/>) and the one it set (<see cref="Status"/>); <c>done</c> carries the published metric.
/// </summary>
public sealed record RequestEvent(
    long Id,
    long RequestId,
    RequestEventKind Kind,
    RequestStatus? From,
    RequestStatus? Status,
    string? Comment,
    string? MetricId,
    string UserId,
    DateTimeOffset Time);
