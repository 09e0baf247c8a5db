using System.Data.Common;
using Dapper;
using Npgsql;

namespace MetricAssistant.Infrastructure.Learning;

/// <summary>
/// Learned examples in PostgreSQL (a deployment): the tables are created with their indexes when missing,
/// under an advisory lock so instances starting together do not race. Each write is its own committed
/// transaction; times are kept to the microsecond.
/// </summary>
public sealed class PostgresExampleStore : SqlExampleStore, IAsyncDisposable, IDisposable
{
    private const long SchemaLockKey = 0x4D41_4558_4D50; // "MAEXMP"

    private readonly NpgsqlDataSource dataSource;
    private readonly SemaphoreSlim initializing = new(1, 1);
    private volatile bool initialized;

    public PostgresExampleStore(string connectionString)
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
                CREATE TABLE IF NOT EXISTS {ExampleTable.Examples} (
                    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
                    fingerprint text NOT NULL UNIQUE,
                    question text NOT NULL,
                    metrics_json text NOT NULL,
                    query_json text NOT NULL,
                    origin text NOT NULL,
                    status text NOT NULL,
                    count integer NOT NULL,
                    first_user text NOT NULL,
                    first_seen timestamptz NOT NULL,
                    last_user text NOT NULL,
                    last_seen timestamptz NOT NULL,
                    reviewed_by text,
                    reviewed_at timestamptz);
                CREATE TABLE IF NOT EXISTS {ExampleTable.Sightings} (
                    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
                    example_id bigint NOT NULL REFERENCES {ExampleTable.Examples} (id),
                    question text NOT NULL,
                    user_id text NOT NULL,
                    seen_at timestamptz NOT NULL,
                    origin text NOT NULL,
                    query_json text NOT NULL);
                """, transaction: transaction, cancellationToken: cancellationToken)).ConfigureAwait(false);
            foreach (var index in ExampleTable.Indexes)
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
