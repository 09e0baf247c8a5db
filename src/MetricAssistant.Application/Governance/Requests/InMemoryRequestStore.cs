namespace MetricAssistant.Application.Governance.Requests;

/// <summary>The reference behaviour of <see cref="IRequestStore"/>, in memory (unit tests, evaluation runs).</summary>
public sealed class InMemoryRequestStore : IRequestStore
{
    private readonly Lock gate = new();
    private readonly List<MetricRequest> requests = [];
    private readonly List<RequestEvent> events = [];
    private readonly List<RequestNotification> notifications = [];

    public Task<MetricRequest> CreateAsync(RequestDraft draft, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(draft);
        RequestRules.CheckDraft(draft);
        lock (gate)
        {
            var request = new MetricRequest(requests.Count + 1, draft.Title, draft.Question, draft.Description, RequestStatus.Open, draft.Domain, draft.RoutedMetricId,
                draft.RequesterId, draft.Door, draft.Teams, draft.Time, draft.Time, draft.RequesterId, null);
            requests.Add(request);
            events.Add(new RequestEvent(events.Count + 1, request.Id, RequestEventKind.Created, null, RequestStatus.Open, draft.Description, null, draft.RequesterId, draft.Time));
            return Task.FromResult(request);
        }
    }

    public Task<MetricRequest?> GetAsync(long id, CancellationToken cancellationToken)
    {
        lock (gate) return Task.FromResult(requests.FirstOrDefault(r => r.Id == id));
    }

    public Task<IReadOnlyList<MetricRequest>> ListAsync(RequestStatus? status, int limit, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(limit);
        lock (gate)
            return Task.FromResult<IReadOnlyList<MetricRequest>>(requests.Where(r => status is null || r.Status == status)
                .OrderByDescending(r => r.CreatedAt).ThenByDescending(r => r.Id).Take(limit).ToList());
    }

    public Task<IReadOnlyList<RequestEvent>> HistoryAsync(long id, CancellationToken cancellationToken)
    {
        lock (gate) return Task.FromResult<IReadOnlyList<RequestEvent>>(events.Where(e => e.RequestId == id).ToList());
    }

    public Task<AppendOutcome> AppendAsync(long id, RequestChange change, RequestStatus? expected, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(change);
        RequestRules.CheckChange(change);
        lock (gate)
        {
            var index = requests.FindIndex(r => r.Id == id);
            if (index < 0) return Task.FromResult(new AppendOutcome(null, null, NotFound: true));
            var request = requests[index];
            if (change.Kind == RequestEventKind.Status && expected is not null && request.Status != expected)
                return Task.FromResult(new AppendOutcome(null, request, ActualStatus: request.Status));
            var stored = new RequestEvent(events.Count + 1, id, change.Kind, change.Kind == RequestEventKind.Status ? request.Status : null, change.Status, change.Comment,
                change.MetricId, change.UserId, change.Time);
            events.Add(stored);
            request = requests[index] = request with
            {
                Status = change.Status ?? request.Status,
                MetricId = change.MetricId ?? request.MetricId,
                UpdatedAt = change.Time,
                UpdatedBy = change.UserId,
            };
            if (change.Notify)
                notifications.Add(new RequestNotification(notifications.Count + 1, id, stored.Id, request.RequesterId, change.Time, null));
            return Task.FromResult(new AppendOutcome(stored, request));
        }
    }

    public Task<IReadOnlyList<RequestNotification>> NotificationsAsync(string userId, CancellationToken cancellationToken)
    {
        lock (gate)
            return Task.FromResult<IReadOnlyList<RequestNotification>>(notifications.Where(n => n.UserId == userId).OrderByDescending(n => n.Id).ToList());
    }

    public Task<int> MarkReadAsync(long requestId, string userId, DateTimeOffset time, CancellationToken cancellationToken)
    {
        lock (gate)
        {
            var count = 0;
            for (var i = 0; i < notifications.Count; i++)
            {
                if (notifications[i] is { ReadAt: null } n && n.RequestId == requestId && n.UserId == userId)
                {
                    notifications[i] = n with { ReadAt = time };
                    count++;
                }
            }
            return Task.FromResult(count);
        }
    }
}
