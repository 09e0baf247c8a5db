using System.Data.Common;
using Dapper;
using Microsoft.Data.Sqlite;

namespace MetricAssistant.Infrastructure;

/// <summary>
/// One SQLite file of the embedded stores (catalog, requests, learned examples): its folder and schema created once on
/// first use, in WAL mode, and every connection with <c>synchronous=FULL</c>, so a write is on disk when the call returns.
/// </summary>
public sealed class SqliteFile
{
    private readonly string connectionString;
    private readonly Func<SqliteConnection, DbTransaction, CancellationToken, Task> createSchema;
    private readonly SemaphoreSlim initGate = new(1, 1);
    private volatile bool initialized;

    /// <param name="createSchema">Creates the tables (idempotently), inside the setup transaction.</param>
    public SqliteFile(string path, Func<SqliteConnection, DbTransaction, CancellationToken, Task> createSchema)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        Path = System.IO.Path.GetFullPath(path);
        connectionString = new SqliteConnectionStringBuilder { DataSource = Path, Mode = SqliteOpenMode.ReadWriteCreate, Pooling = true, DefaultTimeout = 30 }.ToString();
        this.createSchema = createSchema;
    }

    /// <summary>The database file (absolute).</summary>
    public string Path { get; }

    public async Task<SqliteConnection> OpenAsync(CancellationToken cancellationToken)
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
            // Not deferred: two processes creating one file's tables at once take turns.
            await using var transaction = setup.BeginTransaction(deferred: false);
            await createSchema(setup, transaction, cancellationToken).ConfigureAwait(false);
            await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
            initialized = true;
        }
        finally
        {
            initGate.Release();
        }
    }
}
