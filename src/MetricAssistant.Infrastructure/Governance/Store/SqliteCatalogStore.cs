using System.Data.Common;
using Dapper;
using Microsoft.Data.Sqlite;

namespace MetricAssistant.Infrastructure.Governance.Store;

/// <summary>
/// The catalog's revisions in one SQLite file (the embedded default, <c>data/catalog.db</c>): WAL with
/// <c>synchronous=FULL</c>, so a published revision is on disk when the call returns. Writes take the file's write
/// lock first (<c>BEGIN IMMEDIATE</c>, waiting up to 30 s for another writer), so processes sharing the file are
/// serialised too. The tables are created on first use.
/// </summary>
public sealed class SqliteCatalogStore : SqlCatalogStore
{
    private readonly string connectionString;
    private readonly SemaphoreSlim initGate = new(1, 1);
    private volatile bool initialized;

    public SqliteCatalogStore(string path, TimeProvider time) : base(time)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        Path = System.IO.Path.GetFullPath(path);
        connectionString = new SqliteConnectionStringBuilder { DataSource = Path, Mode = SqliteOpenMode.ReadWriteCreate, Pooling = true, DefaultTimeout = 30 }.ToString();
    }

    /// <summary>The database file (absolute).</summary>
    public string Path { get; }

    protected override object Time(DateTimeOffset time) => SqlTime.Sqlite(time);

    protected override Task<DbTransaction> BeginWriteAsync(DbConnection connection, CancellationToken cancellationToken) =>
        // Not deferred: BEGIN IMMEDIATE takes the write lock now, before the base revisions are read.
        Task.FromResult<DbTransaction>(((SqliteConnection)connection).BeginTransaction(deferred: false));

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
            await using var transaction = setup.BeginTransaction(deferred: false);
            await setup.ExecuteAsync(new CommandDefinition($"""
                CREATE TABLE IF NOT EXISTS {CatalogStoreTable.Revisions} (
                    revision INTEGER PRIMARY KEY AUTOINCREMENT,
                    path TEXT NOT NULL,
                    yaml TEXT NOT NULL,
                    author TEXT NOT NULL,
                    at TEXT NOT NULL,
                    reason TEXT NOT NULL,
                    proposal_id TEXT NULL);
                CREATE TABLE IF NOT EXISTS {CatalogStoreTable.Imports} (
                    path TEXT PRIMARY KEY,
                    sha256 TEXT NOT NULL,
                    revision INTEGER NOT NULL);
                {CatalogStoreTable.PathIndex};
                """, transaction: transaction, cancellationToken: cancellationToken)).ConfigureAwait(false);
            await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
            initialized = true;
        }
        finally
        {
            initGate.Release();
        }
    }
}
