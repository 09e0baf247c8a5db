using System.Text.Json;
using MetricAssistant.Application.Contracts;
using MetricAssistant.Application.Governance.Requests;
using MetricAssistant.Infrastructure.Learning;

namespace MetricAssistant.Infrastructure.Governance.Requests;

/// <summary>
/// The schema both SQL stores share: <c>metric_requests</c> (one row per request: what was asked, by whom, its domain and
/// current status), <c>metric_request_events</c> (its history, append-only: created, every status change with the
/// status it left, every comment; who and when) and <c>metric_request_notifications</c> (a requester's notices,
/// read once they open the request). The current status moves only in the transaction that appends its event.
/// </summary>
internal static class RequestTable
{
    public const string Requests = "metric_requests";
    public const string Events = "metric_request_events";
    public const string Notifications = "metric_request_notifications";

    public const string InsertRequest = $"""
        INSERT INTO {Requests} (title, question, description, status, domain_en, domain_zh, routed_metric_id, requester_id, door, teams_json, created_at, updated_at, updated_by)
        VALUES (@Title, @Question, @Description, 'open', @DomainEn, @DomainZh, @RoutedMetricId, @RequesterId, @Door, @TeamsJson, @Time, @Time, @RequesterId)
        RETURNING id
        """;

    public const string InsertEvent = $"""
        INSERT INTO {Events} (request_id, kind, from_status, status, comment, metric_id, user_id, time)
        VALUES (@RequestId, @Kind, @From, @Status, @Comment, @MetricId, @UserId, @Time)
        RETURNING id
        """;

    public const string InsertNotification =
        $"INSERT INTO {Notifications} (request_id, event_id, user_id, time) VALUES (@RequestId, @EventId, @UserId, @Time)";

    /// <summary>A status change applies only to a request that still has the expected status.</summary>
    public const string MoveStatus =
        $"UPDATE {Requests} SET status = @Status, metric_id = COALESCE(@MetricId, metric_id), updated_at = @Time, updated_by = @UserId WHERE id = @Id AND status = @Expected";

    public const string Touch = $"UPDATE {Requests} SET updated_at = @Time, updated_by = @UserId WHERE id = @Id";

    public const string Select =
        "SELECT id AS Id, title AS Title, question AS Question, description AS Description, status AS Status, domain_en AS DomainEn, domain_zh AS DomainZh, " +
        "routed_metric_id AS RoutedMetricId, requester_id AS RequesterId, door AS Door, teams_json AS TeamsJson, created_at AS CreatedAt, updated_at AS UpdatedAt, " +
        $"updated_by AS UpdatedBy, metric_id AS MetricId FROM {Requests}";

    public const string SelectEvents =
        "SELECT id AS Id, request_id AS RequestId, kind AS Kind, from_status AS FromStatus, status AS Status, comment AS Comment, metric_id AS MetricId, " +
        $"user_id AS UserId, time AS Time FROM {Events} WHERE request_id = @Id ORDER BY id";

    public const string SelectNotifications =
        $"SELECT id AS Id, request_id AS RequestId, event_id AS EventId, user_id AS UserId, time AS Time, read_at AS ReadAt FROM {Notifications} WHERE user_id = @UserId ORDER BY id DESC";

    public const string MarkRead = $"UPDATE {Notifications} SET read_at = @Time WHERE request_id = @RequestId AND user_id = @UserId AND read_at IS NULL";

    public static readonly string[] Indexes =
    [
        $"CREATE INDEX IF NOT EXISTS ix_metric_requests_status ON {Requests} (status, created_at, id)",
        $"CREATE INDEX IF NOT EXISTS ix_metric_request_events_request ON {Events} (request_id, id)",
        $"CREATE INDEX IF NOT EXISTS ix_metric_request_notifications_user ON {Notifications} (user_id, read_at)",
    ];

    public static string? Json(TeamsConversation? teams) => teams is null ? null : JsonSerializer.Serialize(teams, ContractJson.Options);

    public static RequestStatus Status(string text) => Enum.Parse<RequestStatus>(text, ignoreCase: true);
}

/// <summary>A request row as Dapper reads it; times come as text from SQLite and as UTC DateTimes from PostgreSQL.</summary>
internal sealed class RequestRow
{
    public long Id { get; set; }
    public string Title { get; set; } = "";
    public string Question { get; set; } = "";
    public string? Description { get; set; }
    public string Status { get; set; } = "";
    public string DomainEn { get; set; } = "";
    public string DomainZh { get; set; } = "";
    public string? RoutedMetricId { get; set; }
    public string RequesterId { get; set; } = "";
    public string Door { get; set; } = "";
    public string? TeamsJson { get; set; }
    public object CreatedAt { get; set; } = "";
    public object UpdatedAt { get; set; } = "";
    public string UpdatedBy { get; set; } = "";
    public string? MetricId { get; set; }

    public MetricRequest ToRequest() => new(
        Id, Title, Question, Description, RequestTable.Status(Status), new RequestDomain(DomainEn, DomainZh), RoutedMetricId, RequesterId, Door,
        TeamsJson is null ? null : JsonSerializer.Deserialize<TeamsConversation>(TeamsJson, ContractJson.Options),
        ExampleRow.Time(CreatedAt), ExampleRow.Time(UpdatedAt), UpdatedBy, MetricId);
}

/// <summary>A history row as Dapper reads it.</summary>
internal sealed class RequestEventRow
{
    public long Id { get; set; }
    public long RequestId { get; set; }
    public string Kind { get; set; } = "";
    public string? FromStatus { get; set; }
    public string? Status { get; set; }
    public string? Comment { get; set; }
    public string? MetricId { get; set; }
    public string UserId { get; set; } = "";
    public object Time { get; set; } = "";

    public RequestEvent ToEvent() => new(
        Id, RequestId, Enum.Parse<RequestEventKind>(Kind, ignoreCase: true), FromStatus is null ? null : RequestTable.Status(FromStatus),
        Status is null ? null : RequestTable.Status(Status), Comment, MetricId, UserId, ExampleRow.Time(Time));
}

/// <summary>A notification row as Dapper reads it.</summary>
internal sealed class NotificationRow
{
    public long Id { get; set; }
    public long RequestId { get; set; }
    public long EventId { get; set; }
    public string UserId { get; set; } = "";
    public object Time { get; set; } = "";
    public object? ReadAt { get; set; }

    public RequestNotification ToNotification() =>
        new(Id, RequestId, EventId, UserId, ExampleRow.Time(Time), ReadAt is { } read and not DBNull ? ExampleRow.Time(read) : null);
}
