namespace MetricAssistant.Application.Audit;

/// <summary>
/// One answer or refusal, as recorded for auditors: when, who, what was asked, what came of it, which
/// governed definition and SQL, the row scope applied, how many rows and how long; for an answer also what
/// replaying it needs (<see cref="Replay"/>) and, once stored, its place in the hash chain (<see cref="Seal"/>).
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
    string? ErrorCode)
{
    /// <summary>What reproduces the answer: bound parameters, columns, definitions' versions, data watermark, rows' hash (null for refusals and old entries).</summary>
    public AuditReplayData? Replay { get; init; }

    /// <summary>Set by the store: the entry's id and its link in the hash chain (null before it is stored, or for entries older than the chain).</summary>
    public AuditSeal? Seal { get; init; }
}
