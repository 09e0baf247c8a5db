using System.Data.Common;
using Dapper;
using Microsoft.Data.Sqlite;

namespace MetricAssistant.Infrastructure.Learning;

/// <summary>
/// Learned examples in one SQLite file (the embedded default): WAL with <c>synchronous=FULL</c>, so a sighting
/// or a review is on disk when the call returns. The tables are created on first use; each call opens its own
/// pooled connection (examples are rare next to questions).
/// </summary>
public sealed class SqliteExampleStore : SqlExampleStore
{
    private readonly string connectionString;
    private readonly SemaphoreSlim initGate = new(1, 1);
    private volatile bool initialized;

    public SqliteExampleStore(string path)
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
                CREATE TABLE IF NOT EXISTS {ExampleTable.Examples} (
                    id INTEGER PRIMARY KEY AUTOINCREMENT,
                    fingerprint TEXT NOT NULL UNIQUE,
                    question TEXT NOT NULL,
                    metrics_json TEXT NOT NULL,
                    query_json TEXT NOT NULL,
                    origin TEXT NOT NULL,
                    status TEXT NOT NULL,
                    count INTEGER NOT NULL,
                    first_user TEXT NOT NULL,
                    first_seen TEXT NOT NULL,
                    last_user TEXT NOT NULL,
                    last_seen TEXT NOT NULL,
                    reviewed_by TEXT NULL,
                    reviewed_at TEXT NULL);
                CREATE TABLE IF NOT EXISTS {ExampleTable.Sightings} (
                    id INTEGER PRIMARY KEY AUTOINCREMENT,
                    example_id INTEGER NOT NULL REFERENCES {ExampleTable.Examples} (id),
                    question TEXT NOT NULL,
                    user_id TEXT NOT NULL,
                    seen_at TEXT NOT NULL,
                    origin TEXT NOT NULL,
                    query_json TEXT NOT NULL);
                """, transaction: transaction, cancellationToken: cancellationToken)).ConfigureAwait(false);
            foreach (var index in ExampleTable.Indexes)
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
