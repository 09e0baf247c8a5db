using System.Data.Common;
using Dapper;
using MetricAssistant.Infrastructure.Learning;
using Microsoft.Data.Sqlite;

namespace MetricAssistant.Infrastructure.Governance.Requests;

/// <summary>
/// Metric requests in one SQLite file (the embedded default): WAL with <c>synchronous=FULL</c>, so a request or a
/// change is on disk when the call returns. The tables are created on first use.
/// </summary>
public sealed class SqliteRequestStore : SqlRequestStore
{
    private readonly string connectionString;
    private readonly SemaphoreSlim initGate = new(1, 1);
    private volatile bool initialized;

    public SqliteRequestStore(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        Path = System.IO.Path.GetFullPath(path);
        connectionString = new SqliteConnectionStringBuilder { DataSource = Path, Mode = SqliteOpenMode.ReadWriteCreate, Pooling = true, DefaultTimeout = 30 }.ToString();
    }

    /// <summary>The database file (absolute).</summary>
    public string Path { get; }

    protected override object Time(DateTimeOffset time) => ExampleTable.SqliteTime(time);

    protected override async Task<DbConnection> OpenAsync(CancellationToken cancellationToken)
    {
        if (!initialized) await InitializeAsync(cancellationToken).ConfigureAwait(false);
        var connection = new SqliteConnection(connectionString);
        try
        {
            await connection.OpenAsync(cancellationToken).ConfigureAwait(false);
            await connection.ExecuteAsync("PRAGMA synchronous=FULL").ConfigureAwait(false);
            return connection;
        }
        catch
        {
            await connection.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    private async Task InitializeAsync(CancellationToken cancellationToken)
    {
        await initGate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (initialized) return;
            if (System.IO.Path.GetDirectoryName(Path) is { Length: > 0 } folder) Directory.CreateDirectory(folder);
            await using var setup = new SqliteConnection(connectionString);
            await setup.OpenAsync(cancellationToken).ConfigureAwait(false);
            await setup.ExecuteAsync("PRAGMA journal_mode=WAL").ConfigureAwait(false);
            await using var transaction = await setup.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
            await setup.ExecuteAsync(new CommandDefinition($"""
                CREATE TABLE IF NOT EXISTS {RequestTable.Requests} (
                    id INTEGER PRIMARY KEY AUTOINCREMENT,
                    title TEXT NOT NULL,
                    question TEXT NOT NULL,
                    description TEXT NULL,
                    status TEXT NOT NULL,
                    domain_en TEXT NOT NULL,
                    domain_zh TEXT NOT NULL,
                    routed_metric_id TEXT NULL,
                    requester_id TEXT NOT NULL,
                    door TEXT NOT NULL,
                    teams_json TEXT NULL,
                    created_at TEXT NOT NULL,
                    updated_at TEXT NOT NULL,
                    updated_by TEXT NOT NULL,
                    metric_id TEXT NULL);
                CREATE TABLE IF NOT EXISTS {RequestTable.Events} (
                    id INTEGER PRIMARY KEY AUTOINCREMENT,
                    request_id INTEGER NOT NULL REFERENCES {RequestTable.Requests} (id),
                    kind TEXT NOT NULL,
                    from_status TEXT NULL,
                    status TEXT NULL,
                    comment TEXT NULL,
                    metric_id TEXT NULL,
                    user_id TEXT NOT NULL,
                    time TEXT NOT NULL);
                CREATE TABLE IF NOT EXISTS {RequestTable.Notifications} (
                    id INTEGER PRIMARY KEY AUTOINCREMENT,
                    request_id INTEGER NOT NULL REFERENCES {RequestTable.Requests} (id),
                    event_id INTEGER NOT NULL REFERENCES {RequestTable.Events} (id),
                    user_id TEXT NOT NULL,
                    time TEXT NOT NULL,
                    read_at TEXT NULL);
                """, transaction: transaction, cancellationToken: cancellationToken)).ConfigureAwait(false);
            foreach (var index in RequestTable.Indexes)
                await setup.ExecuteAsync(new CommandDefinition(index, transaction: transaction, cancellationToken: cancellationToken)).ConfigureAwait(false);
            await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
            initialized = true;
        }
        finally
        {
            initGate.Release();
        }
    }
}
