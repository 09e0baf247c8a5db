using System.Globalization;
using System.Text;
using Dapper;
using MetricAssistant.Application.Audit;

namespace MetricAssistant.Infrastructure.Audit;

/// <summary>
/// The one schema both stores share: table <c>audit_log</c>, one row per entry, the time kept as UTC
/// (<c>time_utc</c>) plus the offset it was recorded with (<c>time_offset_minutes</c>) so an entry reads back
/// as written. Indexes serve "newest first", alone or after a user, status or metric filter.
/// </summary>
internal static class AuditTable
{
    public const string Name = "audit_log";

    public const string Columns =
        "time_utc, time_offset_minutes, user_id, caller_kind, door, question, status, metric_id, metric_version, sql, scope_json, row_count, duration_ms, error_code, " +
        "parameters_json, columns_json, dialect, metric_versions_json, catalog_revision, watermark_json, rows_hash, chain_seq, prev_hash, hash";

    public const string Insert =
        $"INSERT INTO {Name} ({Columns}) VALUES (@TimeUtc, @OffsetMinutes, @UserId, @CallerKind, @Door, @Question, @Status, @MetricId, @MetricVersion, @Sql, @ScopeJson, @RowCount, @DurationMs, @ErrorCode, " +
        "@ParametersJson, @ColumnsJson, @Dialect, @MetricVersionsJson, @CatalogRevision, @WatermarkJson, @RowsHash, @Seq, @PreviousHash, @Hash)";

    /// <summary>
    /// Columns added for replay and the hash chain (issue 14), as (name, SQLite type, PostgreSQL type): added to an
    /// existing table when missing, all nullable, so entries written before them stay readable (unchained, not replayable).
    /// </summary>
    public static readonly (string Name, string Sqlite, string Postgres)[] AddedColumns =
    [
        ("parameters_json", "TEXT", "text"),
        ("columns_json", "TEXT", "text"),
        ("dialect", "TEXT", "text"),
        ("metric_versions_json", "TEXT", "text"),
        ("catalog_revision", "INTEGER", "bigint"),
        ("watermark_json", "TEXT", "text"),
        ("rows_hash", "TEXT", "text"),
        ("chain_seq", "INTEGER", "bigint"),
        ("prev_hash", "TEXT", "text"),
        ("hash", "TEXT", "text"),
    ];

    /// <summary>One entry per chain position; concurrent writers serialise before this would ever fire.</summary>
    public const string ChainIndex = $"CREATE UNIQUE INDEX IF NOT EXISTS ux_audit_log_chain_seq ON {Name} (chain_seq)";

    public const string Head = $"SELECT chain_seq AS Seq, hash AS Hash FROM {Name} WHERE chain_seq IS NOT NULL ORDER BY chain_seq DESC LIMIT 1";

    public const string IdOfSeq = $"SELECT id FROM {Name} WHERE chain_seq = @Seq ORDER BY id LIMIT 1";

    public const string ById = $"SELECT id AS Id, {Aliased} FROM {Name} WHERE id = @Id";

    /// <summary>A page of the chain walk, in insertion order.</summary>
    public const string After = $"SELECT id AS Id, {Aliased} FROM {Name} WHERE id > @After ORDER BY id LIMIT @Take";

    public const int WalkPage = 1000;

    public static readonly string[] Indexes =
    [
        $"CREATE INDEX IF NOT EXISTS ix_audit_log_time ON {Name} (time_utc, id)",
        $"CREATE INDEX IF NOT EXISTS ix_audit_log_user_time ON {Name} (user_id, time_utc, id)",
        $"CREATE INDEX IF NOT EXISTS ix_audit_log_status_time ON {Name} (status, time_utc, id)",
        $"CREATE INDEX IF NOT EXISTS ix_audit_log_metric_time ON {Name} (metric_id, time_utc, id)",
    ];

    /// <summary>
    /// The SELECT for a validated query: only the filters given become conditions, every value a parameter
    /// (<paramref name="time"/> turns a time into the store's parameter value).
    /// </summary>
    public static (string Sql, DynamicParameters Parameters) Select(AuditFilter query, Func<DateTimeOffset, object> time)
    {
        var sql = new StringBuilder($"SELECT id AS Id, {Aliased} FROM {Name}");
        var parameters = new DynamicParameters();
        var conditions = new List<string>();
        if (query.UserId is not null) { conditions.Add("user_id = @UserId"); parameters.Add("UserId", query.UserId); }
        if (query.Status is not null) { conditions.Add("status = @Status"); parameters.Add("Status", query.Status); }
        if (query.MetricId is not null) { conditions.Add("metric_id = @MetricId"); parameters.Add("MetricId", query.MetricId); }
        if (query.From is { } from) { conditions.Add("time_utc >= @From"); parameters.Add("From", time(from)); }
        if (query.To is { } to) { conditions.Add("time_utc < @To"); parameters.Add("To", time(to)); }
        if (conditions.Count > 0) sql.Append(" WHERE ").AppendJoin(" AND ", conditions);
        sql.Append(" ORDER BY time_utc DESC, id DESC LIMIT @Limit");
        parameters.Add("Limit", query.Limit);
        return (sql.ToString(), parameters);
    }

    /// <summary>Entries per user and metric for some metrics in a period (the impact view's "who asked"), served by the metric index.</summary>
    /// <param name="arrays">PostgreSQL: the ids go as one array parameter (Dapper passes arrays to Npgsql as they are); SQLite: Dapper expands the list.</param>
    public static (string Sql, DynamicParameters Parameters) CountAskers(IReadOnlyCollection<string> metricIds, DateTimeOffset from, DateTimeOffset to, Func<DateTimeOffset, object> time, bool arrays)
    {
        var parameters = new DynamicParameters();
        parameters.Add("Metrics", metricIds.Distinct(StringComparer.Ordinal).ToArray());
        parameters.Add("From", time(from));
        parameters.Add("To", time(to));
        return ($"SELECT user_id AS UserId, metric_id AS MetricId, COUNT(*) AS Entries FROM {Name} " +
            "WHERE " + (arrays ? "metric_id = ANY(@Metrics)" : "metric_id IN @Metrics") + " AND time_utc >= @From AND time_utc < @To GROUP BY user_id, metric_id", parameters);
    }

    private const string Aliased =
        "time_utc AS TimeUtc, time_offset_minutes AS OffsetMinutes, user_id AS UserId, caller_kind AS CallerKind, door AS Door, question AS Question, " +
        "status AS Status, metric_id AS MetricId, metric_version AS MetricVersion, sql AS Sql, scope_json AS ScopeJson, row_count AS RowCount, " +
        "duration_ms AS DurationMs, error_code AS ErrorCode, parameters_json AS ParametersJson, columns_json AS ColumnsJson, dialect AS Dialect, " +
        "metric_versions_json AS MetricVersionsJson, catalog_revision AS CatalogRevision, watermark_json AS WatermarkJson, rows_hash AS RowsHash, " +
        "chain_seq AS Seq, prev_hash AS PreviousHash, hash AS Hash";

    /// <summary>The offset in whole minutes (what DateTimeOffset allows); the time itself as UTC.</summary>
    public static int OffsetMinutes(DateTimeOffset time) => (int)time.Offset.TotalMinutes;

    public static DateTimeOffset FromUtc(DateTime utc, long offsetMinutes) =>
        new DateTimeOffset(DateTime.SpecifyKind(utc, DateTimeKind.Utc)).ToOffset(TimeSpan.FromMinutes(offsetMinutes));

    /// <summary>SQLite keeps times as fixed-width ISO text in UTC, so text order is time order.</summary>
    public static string SqliteTime(DateTimeOffset time) => time.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fffffff'Z'", CultureInfo.InvariantCulture);

    public static DateTime ParseSqliteTime(string text) =>
        DateTime.ParseExact(text, "yyyy-MM-dd'T'HH:mm:ss.fffffff'Z'", CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal);
}

/// <summary>A row of <see cref="AuditTable.CountAskers"/>.</summary>
internal sealed class AskerRow
{
    public string UserId { get; set; } = "";
    public string MetricId { get; set; } = "";
    public long Entries { get; set; }
}

/// <summary>The chain's last link, as <see cref="AuditTable.Head"/> reads it.</summary>
internal sealed class ChainHead
{
    public long Seq { get; set; }
    public string Hash { get; set; } = "";
}

/// <summary>An entry as parameters, sealed at its chain position: the same names as <see cref="AuditTable.Insert"/>.</summary>
internal sealed record AuditInsertParameters<TTime>(
    TTime TimeUtc, int OffsetMinutes, string UserId, string CallerKind, string Door, string? Question, string Status, string? MetricId,
    int? MetricVersion, string? Sql, string? ScopeJson, int RowCount, double DurationMs, string? ErrorCode,
    string? ParametersJson, string? ColumnsJson, string? Dialect, string? MetricVersionsJson, long? CatalogRevision, string? WatermarkJson, string? RowsHash,
    long Seq, string PreviousHash, string Hash)
{
    /// <summary><paramref name="entry"/>'s time must already be <see cref="AuditChain.Normalize"/>d.</summary>
    public static AuditInsertParameters<TTime> From(AuditEntry entry, TTime timeUtc, long seq, string previousHash) => new(
        timeUtc, AuditTable.OffsetMinutes(entry.Time), entry.UserId, entry.CallerKind, entry.Door, entry.Question, entry.Status, entry.MetricId,
        entry.MetricVersion, entry.Sql, entry.ScopeJson, entry.RowCount, entry.DurationMs, entry.ErrorCode,
        entry.Replay?.ParametersJson, entry.Replay?.ColumnsJson, entry.Replay?.Dialect, entry.Replay?.MetricVersionsJson, entry.Replay?.CatalogRevision,
        entry.Replay?.WatermarkJson, entry.Replay?.RowsHash, seq, previousHash, AuditChain.Hash(entry, seq, previousHash));
}

/// <summary>A row as Dapper reads it; <typeparamref name="TTime"/> is text in SQLite and a UTC DateTime in PostgreSQL.</summary>
internal sealed class AuditRow<TTime>
{
    public long Id { get; set; }
    public TTime TimeUtc { get; set; } = default!;
    public long OffsetMinutes { get; set; }
    public string UserId { get; set; } = "";
    public string CallerKind { get; set; } = "";
    public string Door { get; set; } = "";
    public string? Question { get; set; }
    public string Status { get; set; } = "";
    public string? MetricId { get; set; }
    public long? MetricVersion { get; set; }
    public string? Sql { get; set; }
    public string? ScopeJson { get; set; }
    public long RowCount { get; set; }
    public double DurationMs { get; set; }
    public string? ErrorCode { get; set; }
    public string? ParametersJson { get; set; }
    public string? ColumnsJson { get; set; }
    public string? Dialect { get; set; }
    public string? MetricVersionsJson { get; set; }
    public long? CatalogRevision { get; set; }
    public string? WatermarkJson { get; set; }
    public string? RowsHash { get; set; }
    public long? Seq { get; set; }
    public string? PreviousHash { get; set; }
    public string? Hash { get; set; }

    public AuditEntry ToEntry(Func<TTime, DateTime> utc) => new(
        AuditTable.FromUtc(utc(TimeUtc), OffsetMinutes), UserId, CallerKind, Door, Question, Status, MetricId,
        MetricVersion is { } v ? checked((int)v) : null, Sql, ScopeJson, checked((int)RowCount), DurationMs, ErrorCode)
    {
        Replay = RowsHash is null || ParametersJson is null || ColumnsJson is null || Dialect is null || MetricVersionsJson is null ? null
            : new AuditReplayData(ParametersJson, ColumnsJson, Dialect, MetricVersionsJson, CatalogRevision, WatermarkJson, RowsHash),
        Seal = new AuditSeal(Id, Seq, PreviousHash, Hash),
    };
}
