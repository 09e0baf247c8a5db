using Dapper;
using Npgsql;

namespace MetricAssistant.Infrastructure.Shared;

/// <summary>
/// One store's tables in PostgreSQL, the counterpart of <see cref="SqliteFile"/>: created when missing on first use, once
/// per process, inside a transaction holding the store's advisory lock, so replicas starting together do not race on
/// <c>CREATE TABLE IF NOT EXISTS</c>. Connections come from the shared pool.
/// </summary>
public sealed class PostgresTables
{
    private readonly NpgsqlDataSource dataSource;
    private readonly long schemaLockKey;
    private readonly string createSql;
    private readonly SemaphoreSlim initGate = new(1, 1);
    private volatile bool initialized;

    /// <param name="schemaLockKey">The advisory lock key of this store's schema (unique per store).</param>
    /// <param name="createSql">Idempotent DDL (<c>IF NOT EXISTS</c>).</param>
    public PostgresTables(NpgsqlDataSource dataSource, long schemaLockKey, string createSql)
    {
        ArgumentNullException.ThrowIfNull(dataSource);
        ArgumentException.ThrowIfNullOrWhiteSpace(createSql);
        this.dataSource = dataSource;
        this.schemaLockKey = schemaLockKey;
        this.createSql = createSql;
    }

    public async Task<NpgsqlConnection> OpenAsync(CancellationToken cancellationToken)
    {
        if (!initialized) await InitializeAsync(cancellationToken).ConfigureAwait(false);
        return await dataSource.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
    }

    private async Task InitializeAsync(CancellationToken cancellationToken)
    {
        await initGate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (initialized) return;
            await using var connection = await dataSource.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
            await using var transaction = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
            await connection.ExecuteAsync(new CommandDefinition("SELECT pg_advisory_xact_lock(@Key)", new { Key = schemaLockKey }, transaction, cancellationToken: cancellationToken)).ConfigureAwait(false);
            await connection.ExecuteAsync(new CommandDefinition(createSql, transaction: transaction, cancellationToken: cancellationToken)).ConfigureAwait(false);
            await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
            initialized = true;
        }
        finally
        {
            initGate.Release();
        }
    }
}
