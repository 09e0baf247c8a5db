using System.Data.Common;
using Dapper;
using Npgsql;

namespace MetricAssistant.Infrastructure.Governance.Proposals;

/// <summary>
/// Proposals in PostgreSQL (a deployment): the tables are created with their indexes when missing, under an
/// advisory lock so instances starting together do not race.
/// </summary>
public sealed class PostgresProposalStore : SqlProposalStore, IAsyncDisposable, IDisposable
{
    private const long SchemaLockKey = 0x4D41_5052_4F50; // "MAPROP"

    private readonly NpgsqlDataSource dataSource;
    private readonly SemaphoreSlim initializing = new(1, 1);
    private volatile bool initialized;

    public PostgresProposalStore(string connectionString)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(connectionString);
        dataSource = NpgsqlDataSource.Create(connectionString);
    }

    protected override async Task<DbConnection> OpenAsync(CancellationToken cancellationToken)
    {
        await InitializeAsync(cancellationToken).ConfigureAwait(false);
        return await dataSource.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
    }

    private async Task InitializeAsync(CancellationToken cancellationToken)
    {
        if (initialized) return;
        await initializing.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (initialized) return;
            await using var connection = await dataSource.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
            await using var transaction = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
            await connection.ExecuteAsync(new CommandDefinition("SELECT pg_advisory_xact_lock(@Key)", new { Key = SchemaLockKey }, transaction, cancellationToken: cancellationToken)).ConfigureAwait(false);
            await connection.ExecuteAsync(new CommandDefinition(ProposalTable.Schema("bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY"), transaction: transaction,
                cancellationToken: cancellationToken)).ConfigureAwait(false);
            foreach (var index in ProposalTable.Indexes)
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
