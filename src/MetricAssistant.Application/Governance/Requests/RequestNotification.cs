namespace MetricAssistant.Application.Governance.Requests;

/// <summary>A notice to a requester that their request was answered (a status change or a reviewer's comment); unread until they open the request.</summary>
public sealed record RequestNotification(long Id, long RequestId, long EventId, string UserId, DateTimeOffset Time, DateTimeOffset? ReadAt);
