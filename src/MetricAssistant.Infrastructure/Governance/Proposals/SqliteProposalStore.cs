using System.Data.Common;
using Dapper;
using Microsoft.Data.Sqlite;

namespace MetricAssistant.Infrastructure.Governance.Proposals;

/// <summary>
/// Proposals in one SQLite file (the embedded default, <c>data/governance.db</c>): WAL with <c>synchronous=FULL</c>,
/// so a review is on disk when the call returns. The tables are created on first use.
/// </summary>
public sealed class SqliteProposalStore : SqlProposalStore
{
    private readonly string connectionString;
    private readonly SemaphoreSlim initGate = new(1, 1);
    private volatile bool initialized;

    public SqliteProposalStore(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        Path = System.IO.Path.GetFullPath(path);
        connectionString = new SqliteConnectionStringBuilder { DataSource = Path, Mode = SqliteOpenMode.ReadWriteCreate, Pooling = true, DefaultTimeout = 30 }.ToString();
    }

    /// <summary>The database file (absolute).</summary>
    public string Path { get; }

    protected override async Task<DbConnection> OpenAsync(CancellationToken cancellationToken)
    {
        if (!initialized) await InitializeAsync(cancellationToken).ConfigureAwait(false);
        return await ConnectAsync(cancellationToken).ConfigureAwait(false);
    }

    private async Task<SqliteConnection> ConnectAsync(CancellationToken cancellationToken)
    {
        var connection = new SqliteConnection(connectionString);
        try
        {
            await connection.OpenAsync(cancellationToken).ConfigureAwait(false);
            await connection.ExecuteAsync("PRAGMA synchronous=FULL; PRAGMA foreign_keys=ON").ConfigureAwait(false);
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
            var directory = System.IO.Path.GetDirectoryName(Path);
            if (!string.IsNullOrEmpty(directory)) Directory.CreateDirectory(directory);
            await using var connection = await ConnectAsync(cancellationToken).ConfigureAwait(false);
            await connection.ExecuteAsync("PRAGMA journal_mode=WAL").ConfigureAwait(false);
            await connection.ExecuteAsync(ProposalTable.Schema("INTEGER PRIMARY KEY AUTOINCREMENT")).ConfigureAwait(false);
            foreach (var index in ProposalTable.Indexes) await connection.ExecuteAsync(index).ConfigureAwait(false);
            initialized = true;
        }
        finally
        {
            initGate.Release();
        }
    }
}
