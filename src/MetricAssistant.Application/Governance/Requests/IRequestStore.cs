namespace MetricAssistant.Application.Governance.Requests;

/// <summary>
/// Where requests are kept (memory in tests, SQLite embedded, PostgreSQL in a deployment). Requests, their history
/// and notifications are appended, never overwritten: the request's current status is kept beside its history,
/// and moved only together with a new history entry.
/// </summary>
public interface IRequestStore
{
    /// <summary>Stores a new open request and its "created" history entry; returns it with its id.</summary>
    Task<MetricRequest> CreateAsync(RequestDraft draft, CancellationToken cancellationToken);

    Task<MetricRequest?> GetAsync(long id, CancellationToken cancellationToken);

    /// <summary>Requests newest first, at most <paramref name="limit"/>; only those with <paramref name="status"/> when given.</summary>
    Task<IReadOnlyList<MetricRequest>> ListAsync(RequestStatus? status, int limit, CancellationToken cancellationToken);

    /// <summary>The request's history, oldest first.</summary>
    Task<IReadOnlyList<RequestEvent>> HistoryAsync(long id, CancellationToken cancellationToken);

    /// <summary>
    /// Appends a comment or status change. A status change applies only when the request still has <paramref name="expected"/>
    /// (otherwise nothing is written and <see cref="AppendOutcome.ActualStatus"/> says what it has); with
    /// <see cref="RequestChange.Notify"/> the requester gets a notification in the same transaction.
    /// </summary>
    Task<AppendOutcome> AppendAsync(long id, RequestChange change, RequestStatus? expected, CancellationToken cancellationToken);

    /// <summary>The user's notifications, newest first (read ones too).</summary>
    Task<IReadOnlyList<RequestNotification>> NotificationsAsync(string userId, CancellationToken cancellationToken);

    /// <summary>Marks the user's unread notifications about the request as read at <paramref name="time"/>; returns how many.</summary>
    Task<int> MarkReadAsync(long requestId, string userId, DateTimeOffset time, CancellationToken cancellationToken);
}
