using Dapper;
using MetricAssistant.Application.Feedback;
using MetricAssistant.Infrastructure.Shared;

namespace MetricAssistant.Infrastructure.Feedback;

/// <summary>
/// Answer feedback in the shared store, so a 👍 given on any replica is read on every one. Each entry is its own committed
/// insert; times are kept to the microsecond (PostgreSQL's precision).
/// </summary>
public sealed class PostgresFeedbackStore(SharedStore shared) : IFeedbackStore
{
    private const long SchemaLockKey = 0x4D41_4642_434B; // "MAFBCK"

    private readonly PostgresTables tables = shared.Tables(SchemaLockKey, """
        CREATE TABLE IF NOT EXISTS answer_feedback (
            id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
            time timestamptz NOT NULL,
            user_id text NOT NULL,
            question text NULL,
            metric_id text NULL,
            helpful boolean NOT NULL,
            comment text NULL);
        CREATE INDEX IF NOT EXISTS ix_answer_feedback_metric_time ON answer_feedback (metric_id, time);
        CREATE INDEX IF NOT EXISTS ix_answer_feedback_time ON answer_feedback (time);
        """);

    public async Task AddAsync(FeedbackEntry entry, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(entry);
        await using var connection = await tables.OpenAsync(cancellationToken).ConfigureAwait(false);
        await connection.ExecuteAsync(new CommandDefinition(
            "INSERT INTO answer_feedback (time, user_id, question, metric_id, helpful, comment) VALUES (@Time, @UserId, @Question, @MetricId, @Helpful, @Comment)",
            new { Time = entry.Time.UtcDateTime, entry.UserId, entry.Question, entry.MetricId, entry.Helpful, entry.Comment },
            cancellationToken: cancellationToken)).ConfigureAwait(false);
    }

    public async Task<IReadOnlyList<FeedbackEntry>> ReadAsync(string? metricId, int limit, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(limit);
        await using var connection = await tables.OpenAsync(cancellationToken).ConfigureAwait(false);
        var sql = "SELECT time AS Time, user_id AS UserId, question AS Question, metric_id AS MetricId, helpful AS Helpful, comment AS Comment FROM answer_feedback"
            + (metricId is null ? "" : " WHERE metric_id = @MetricId")
            + " ORDER BY time DESC, id DESC LIMIT @Limit";
        var rows = await connection.QueryAsync<Row>(new CommandDefinition(sql, new { MetricId = metricId, Limit = limit }, cancellationToken: cancellationToken)).ConfigureAwait(false);
        return [.. rows.Select(r => new FeedbackEntry(new DateTimeOffset(DateTime.SpecifyKind(r.Time, DateTimeKind.Utc)), r.UserId, r.Question, r.MetricId, r.Helpful, r.Comment))];
    }

    private sealed class Row
    {
        public DateTime Time { get; init; }
        public string UserId { get; init; } = "";
        public string? Question { get; init; }
        public string? MetricId { get; init; }
        public bool Helpful { get; init; }
        public string? Comment { get; init; }
    }
}
