using System.Data.Common;
using Dapper;
using Npgsql;

namespace MetricAssistant.Infrastructure.Governance.Store;

/// <summary>
/// The catalog's revisions in PostgreSQL (a deployment, shared by every replica). A write holds a transaction-scoped
/// advisory lock, so writers from every replica are serialised and the base check and the insert see the same
/// state. The tables are created when missing, under another advisory lock so replicas starting together do not race.
/// </summary>
public sealed class PostgresCatalogStore : SqlCatalogStore, IAsyncDisposable, IDisposable
{
    private const long SchemaLockKey = 0x4D41_4341_5453; // "MACATS"
    private const long WriteLockKey = 0x4D41_4341_5457;  // "MACATW"

    private readonly NpgsqlDataSource dataSource;
    private readonly SemaphoreSlim initializing = new(1, 1);
    private volatile bool initialized;

    public PostgresCatalogStore(string connectionString, TimeProvider time) : base(time)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(connectionString);
        dataSource = NpgsqlDataSource.Create(connectionString);
    }

    protected override object Time(DateTimeOffset time) => time.UtcDateTime;

    protected override async Task<DbTransaction> BeginWriteAsync(DbConnection connection, CancellationToken cancellationToken)
    {
        var transaction = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            await connection.ExecuteAsync(new CommandDefinition("SELECT pg_advisory_xact_lock(@Key)", new { Key = WriteLockKey }, transaction, cancellationToken: cancellationToken)).ConfigureAwait(false);
            return transaction;
        }
        catch
        {
            await transaction.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    protected override async Task<DbConnection> OpenAsync(CancellationToken cancellationToken)
    {
        await InitializeAsync(cancellationToken).ConfigureAwait(false);
        return await dataSource.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Creates the tables when missing; called by the first read or write.</summary>
    public async Task InitializeAsync(CancellationToken cancellationToken)
    {
        if (initialized) return;
        await initializing.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (initialized) return;
            await using var connection = await dataSource.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
            await using var transaction = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
            await connection.ExecuteAsync(new CommandDefinition("SELECT pg_advisory_xact_lock(@Key)", new { Key = SchemaLockKey }, transaction, cancellationToken: cancellationToken)).ConfigureAwait(false);
            await connection.ExecuteAsync(new CommandDefinition($"""
                CREATE TABLE IF NOT EXISTS {CatalogStoreTable.Revisions} (
                    revision bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
                    path text NOT NULL,
                    yaml text NOT NULL,
                    author text NOT NULL,
                    at timestamptz NOT NULL,
                    reason text NOT NULL,
                    proposal_id text);
                CREATE TABLE IF NOT EXISTS {CatalogStoreTable.Imports} (
                    path text PRIMARY KEY,
                    sha256 text NOT NULL,
                    revision bigint NOT NULL);
                {CatalogStoreTable.PathIndex};
                """, transaction: transaction, cancellationToken: cancellationToken)).ConfigureAwait(false);
            await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
            initialized = true;
        }
        finally
        {
            initializing.Release();
        }
    }

    public void Dispose() => dataSource.Dispose();

    public ValueTask DisposeAsync() => dataSource.DisposeAsync();
}
