namespace MetricAssistant.Application.Audit;

/// <summary>
/// One answer or refusal, as recorded for admins: when, who, what was asked, what came of it, which
/// governed definition and SQL, the row scope applied, how many rows and how long.
/// </summary>
public sealed record AuditEntry(
    DateTimeOffset Time,
    string UserId,
    string CallerKind,
    string Door,
    string? Question,
    string Status,
    string? MetricId,
    int? MetricVersion,
    string? Sql,
    string? ScopeJson,
    int RowCount,
    double DurationMs,
    string? ErrorCode);
