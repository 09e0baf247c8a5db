using System.Data.Common;
using Dapper;
using Npgsql;

namespace MetricAssistant.Infrastructure.Governance.Requests;

/// <summary>
/// Metric requests in PostgreSQL (a deployment): the tables are created with their indexes when missing, under an
/// advisory lock so instances starting together do not race. Each write is its own committed transaction.
/// </summary>
public sealed class PostgresRequestStore : SqlRequestStore, IAsyncDisposable, IDisposable
{
    private const long SchemaLockKey = 0x4D41_5245_5153; // "MAREQS"

    private readonly NpgsqlDataSource dataSource;
    private readonly SemaphoreSlim initializing = new(1, 1);
    private volatile bool initialized;

    public PostgresRequestStore(string connectionString)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(connectionString);
        dataSource = NpgsqlDataSource.Create(connectionString);
    }

    protected override object Time(DateTimeOffset time) => time.UtcDateTime;

    protected override async Task<DbConnection> OpenAsync(CancellationToken cancellationToken)
    {
        await InitializeAsync(cancellationToken).ConfigureAwait(false);
        return await dataSource.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Creates the tables and indexes when missing; called by the first read or write.</summary>
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
                CREATE TABLE IF NOT EXISTS {RequestTable.Requests} (
                    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
                    title text NOT NULL,
                    question text NOT NULL,
                    description text,
                    status text NOT NULL,
                    domain_en text NOT NULL,
                    domain_zh text NOT NULL,
                    routed_metric_id text,
                    requester_id text NOT NULL,
                    door text NOT NULL,
                    teams_json text,
                    created_at timestamptz NOT NULL,
                    updated_at timestamptz NOT NULL,
                    updated_by text NOT NULL,
                    metric_id text);
                CREATE TABLE IF NOT EXISTS {RequestTable.Events} (
                    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
                    request_id bigint NOT NULL REFERENCES {RequestTable.Requests} (id),
                    kind text NOT NULL,
                    from_status text,
                    status text,
                    comment text,
                    metric_id text,
                    user_id text NOT NULL,
                    time timestamptz NOT NULL);
                CREATE TABLE IF NOT EXISTS {RequestTable.Notifications} (
                    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
                    request_id bigint NOT NULL REFERENCES {RequestTable.Requests} (id),
                    event_id bigint NOT NULL REFERENCES {RequestTable.Events} (id),
                    user_id text NOT NULL,
                    time timestamptz NOT NULL,
                    read_at timestamptz);
                """, transaction: transaction, cancellationToken: cancellationToken)).ConfigureAwait(false);
            foreach (var index in RequestTable.Indexes)
                await connection.ExecuteAsync(new CommandDefinition(index, transaction: transaction, cancellationToken: cancellationToken)).ConfigureAwait(false);
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
