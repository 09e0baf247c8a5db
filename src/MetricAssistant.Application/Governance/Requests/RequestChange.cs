namespace MetricAssistant.Application.Governance.Requests;

/// <summary>
/// A change to append to a request: a comment, or a status change (with an optional comment and, for done, the
/// metric). <see cref="Notify"/>: the requester gets a notification of it (someone else answered).
/// </summary>
public sealed record RequestChange(RequestEventKind Kind, RequestStatus? Status, string? Comment, string? MetricId, string UserId, DateTimeOffset Time, bool Notify);
