using System.Globalization;
using Dapper;
using MetricAssistant.Application.Feedback;
using Microsoft.Data.Sqlite;

namespace MetricAssistant.Infrastructure.Feedback;

/// <summary>
/// Answer feedback in one SQLite file (WAL). The table is created on first use; each call opens its own
/// (pooled) connection — feedback is rare enough not to need more.
/// </summary>
public sealed class SqliteFeedbackStore : IFeedbackStore
{
    private const string Schema = """
        PRAGMA journal_mode=WAL;
        CREATE TABLE IF NOT EXISTS feedback (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            time TEXT NOT NULL,
            user_id TEXT NOT NULL,
            question TEXT NULL,
            metric_id TEXT NULL,
            helpful INTEGER NOT NULL,
            comment TEXT NULL);
        CREATE INDEX IF NOT EXISTS ix_feedback_metric_time ON feedback (metric_id, time);
        """;

    private readonly string connectionString;
    private readonly SemaphoreSlim initGate = new(1, 1);
    private volatile bool initialized;

    public SqliteFeedbackStore(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        Path = System.IO.Path.GetFullPath(path);
        connectionString = new SqliteConnectionStringBuilder { DataSource = Path, Mode = SqliteOpenMode.ReadWriteCreate, Pooling = true, DefaultTimeout = 30 }.ToString();
    }

    /// <summary>The database file (absolute).</summary>
    public string Path { get; }

    public async Task AddAsync(FeedbackEntry entry, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(entry);
        await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        await connection.ExecuteAsync(new CommandDefinition(
            "INSERT INTO feedback (time, user_id, question, metric_id, helpful, comment) VALUES (@Time, @UserId, @Question, @MetricId, @Helpful, @Comment)",
            new
            {
                Time = FormatTime(entry.Time),
                entry.UserId,
                entry.Question,
                entry.MetricId,
                Helpful = entry.Helpful ? 1 : 0,
                entry.Comment,
            },
            cancellationToken: cancellationToken)).ConfigureAwait(false);
    }

    public async Task<IReadOnlyList<FeedbackEntry>> ReadAsync(string? metricId, int limit, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(limit);
        await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        var sql = "SELECT time AS Time, user_id AS UserId, question AS Question, metric_id AS MetricId, helpful AS Helpful, comment AS Comment FROM feedback"
            + (metricId is null ? "" : " WHERE metric_id = @MetricId")
            + " ORDER BY time DESC, id DESC LIMIT @Limit";
        var rows = await connection.QueryAsync<Row>(new CommandDefinition(sql, new { MetricId = metricId, Limit = limit }, cancellationToken: cancellationToken)).ConfigureAwait(false);
        return rows.Select(r => new FeedbackEntry(ParseTime(r.Time), r.UserId, r.Question, r.MetricId, r.Helpful != 0, r.Comment)).ToList();
    }

    private async Task<SqliteConnection> OpenAsync(CancellationToken cancellationToken)
    {
        if (!initialized)
        {
            await initGate.WaitAsync(cancellationToken).ConfigureAwait(false);
            try
            {
                if (!initialized)
                {
                    var directory = System.IO.Path.GetDirectoryName(Path);
                    if (!string.IsNullOrEmpty(directory)) Directory.CreateDirectory(directory);
                    await using var setup = new SqliteConnection(connectionString);
                    await setup.OpenAsync(cancellationToken).ConfigureAwait(false);
                    await setup.ExecuteAsync(new CommandDefinition(Schema, cancellationToken: cancellationToken)).ConfigureAwait(false);
                    initialized = true;
                }
            }
            finally
            {
                initGate.Release();
            }
        }
        var connection = new SqliteConnection(connectionString);
        try
        {
            await connection.OpenAsync(cancellationToken).ConfigureAwait(false);
            return connection;
        }
        catch
        {
            await connection.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    // UTC with a fixed width, so text order is time order.
    private static string FormatTime(DateTimeOffset time) => time.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fffffff'Z'", CultureInfo.InvariantCulture);

    private static DateTimeOffset ParseTime(string text) =>
        DateTimeOffset.ParseExact(text, "yyyy-MM-dd'T'HH:mm:ss.fffffff'Z'", CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal);

    private sealed class Row
    {
        public string Time { get; init; } = "";
        public string UserId { get; init; } = "";
        public string? Question { get; init; }
        public string? MetricId { get; init; }
        public long Helpful { get; init; }
        public string? Comment { get; init; }
    }
}
