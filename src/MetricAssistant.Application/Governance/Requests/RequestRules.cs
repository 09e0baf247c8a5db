namespace MetricAssistant.Application.Governance.Requests;

/// <summary>
/// The rules every request store and the service share: field limits, and which status may follow which
/// (open → accepted | declined | done; accepted → done | declined; declined and done are final).
/// </summary>
public static class RequestRules
{
    public const int MaxTitle = 200;
    public const int MaxQuestion = 500;
    public const int MaxDescription = 4000;
    public const int MaxComment = 4000;

    private static readonly Dictionary<RequestStatus, RequestStatus[]> Next = new()
    {
        [RequestStatus.Open] = [RequestStatus.Accepted, RequestStatus.Declined, RequestStatus.Done],
        [RequestStatus.Accepted] = [RequestStatus.Done, RequestStatus.Declined],
        [RequestStatus.Declined] = [],
        [RequestStatus.Done] = [],
    };

    /// <summary>The statuses a request with <paramref name="status"/> may move to.</summary>
    public static IReadOnlyList<RequestStatus> Allowed(RequestStatus status) => Next[status];

    public static bool MayMove(RequestStatus from, RequestStatus to) => Next[from].Contains(to);

    public static string Name(RequestStatus status) => status.ToString().ToLowerInvariant();

    public static string Name(RequestEventKind kind) => kind.ToString().ToLowerInvariant();

    /// <summary>Stores refuse what the service would never send (a programming error, not a user's).</summary>
    public static void CheckDraft(RequestDraft draft)
    {
        if (string.IsNullOrWhiteSpace(draft.Title) || string.IsNullOrWhiteSpace(draft.Question) || string.IsNullOrWhiteSpace(draft.RequesterId))
            throw new ArgumentException("A request needs a title, a question and a requester.", nameof(draft));
    }

    public static void CheckChange(RequestChange change)
    {
        if (string.IsNullOrWhiteSpace(change.UserId)) throw new ArgumentException("A change needs its author.", nameof(change));
        if (change.Kind == RequestEventKind.Status && change.Status is null) throw new ArgumentException("A status change needs its status.", nameof(change));
        if (change.Kind == RequestEventKind.Comment && string.IsNullOrWhiteSpace(change.Comment)) throw new ArgumentException("A comment needs its text.", nameof(change));
        if (change.Kind == RequestEventKind.Created) throw new ArgumentException("A request is created by CreateAsync.", nameof(change));
    }
}
