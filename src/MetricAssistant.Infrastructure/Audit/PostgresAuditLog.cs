using Dapper;
using MetricAssistant.Application.Audit;
using Npgsql;

namespace MetricAssistant.Infrastructure.Audit;

/// <summary>
/// The audit trail in PostgreSQL (a deployment): table <c>audit_log</c>, created with its indexes when
/// missing. Entries are appended with group commit (<see cref="PostgresAuditWriter"/>): concurrent answers share one
/// transaction, and each <see cref="RecordAsync"/> returns only once the transaction holding its entry has committed
/// (with the server's default <c>synchronous_commit=on</c>, durable). Times are kept to the microsecond (PostgreSQL's
/// precision). Unless the connection string sets a maximum pool size, at most <see cref="DefaultMaxPoolSize"/>
/// connections are used, so a burst of reads waits for a connection instead of taking every slot the server has.
/// </summary>
public sealed class PostgresAuditLog : IAuditLog, IAuditChain, IAsyncDisposable, IDisposable
{
    // Several instances starting together must not race on CREATE TABLE IF NOT EXISTS (it can fail on the catalog's unique index).
    private const long SchemaLockKey = 0x4D41_5544_4954; // "MAUDIT"

    // Appends take this transaction-scoped advisory lock before reading the chain's head, so concurrent writers (any instance) link in turn.
    private const long ChainLockKey = 0x4D41_4348_4149; // "MACHAI"

    /// <summary>The pool size used when the connection string does not name one (Npgsql's own default is 100, the server's usual limit).</summary>
    public const int DefaultMaxPoolSize = 20;

    private readonly NpgsqlDataSource dataSource;
    private readonly PostgresAuditWriter writer;
    private readonly SemaphoreSlim initializing = new(1, 1);
    private volatile bool initialized;

    public PostgresAuditLog(string connectionString)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(connectionString);
        var builder = new NpgsqlConnectionStringBuilder(connectionString);
        if (!NamesMaxPoolSize(connectionString)) builder.MaxPoolSize = DefaultMaxPoolSize;
        dataSource = NpgsqlDataSource.Create(builder);
        writer = new PostgresAuditWriter(dataSource, ChainLockKey);
    }

    private static bool NamesMaxPoolSize(string connectionString)
    {
        var keys = new System.Data.Common.DbConnectionStringBuilder { ConnectionString = connectionString }.Keys.Cast<string>();
        return keys.Any(k => k.Replace(" ", "", StringComparison.Ordinal).ToUpperInvariant() is "MAXPOOLSIZE" or "MAXIMUMPOOLSIZE");
    }

    public async Task RecordAsync(AuditEntry entry, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(entry);
        await InitializeAsync(cancellationToken).ConfigureAwait(false);
        cancellationToken.ThrowIfCancellationRequested();
        // Once queued the entry is written whatever the caller does next: an answer that left keeps its record.
        await writer.AppendAsync(entry with { Time = AuditChain.Normalize(entry.Time), Seal = null }).ConfigureAwait(false);
    }

    public async Task<AuditEntry?> FindAsync(long id, CancellationToken cancellationToken)
    {
        await InitializeAsync(cancellationToken).ConfigureAwait(false);
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        var row = await connection.QuerySingleOrDefaultAsync<AuditRow<DateTime>>(new CommandDefinition(AuditTable.ById, new { Id = id }, cancellationToken: cancellationToken)).ConfigureAwait(false);
        return row?.ToEntry(t => t);
    }

    public async Task<AuditVerification> VerifyAsync(CancellationToken cancellationToken)
    {
        await InitializeAsync(cancellationToken).ConfigureAwait(false);
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        // REPEATABLE READ: the whole walk sees one snapshot, whatever is appended meanwhile.
        await using var transaction = await connection.BeginTransactionAsync(System.Data.IsolationLevel.RepeatableRead, cancellationToken).ConfigureAwait(false);
        return await AuditChainVerifier.VerifyAsync(Walk(connection, transaction, cancellationToken),
            async (seq, ct) => await connection.ExecuteScalarAsync<long?>(new CommandDefinition(AuditTable.IdOfSeq, new { Seq = seq }, transaction, cancellationToken: ct)).ConfigureAwait(false),
            cancellationToken).ConfigureAwait(false);
    }

    private static async IAsyncEnumerable<AuditEntry> Walk(NpgsqlConnection connection, NpgsqlTransaction transaction, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken)
    {
        long after = 0;
        while (true)
        {
            var rows = (await connection.QueryAsync<AuditRow<DateTime>>(new CommandDefinition(AuditTable.After, new { After = after, Take = AuditTable.WalkPage }, transaction, cancellationToken: cancellationToken)).ConfigureAwait(false)).ToList();
            foreach (var row in rows) yield return row.ToEntry(t => t);
            if (rows.Count < AuditTable.WalkPage) yield break;
            after = rows[^1].Id;
        }
    }

    public async Task<IReadOnlyList<AuditEntry>> ReadAsync(AuditFilter query, CancellationToken cancellationToken)
    {
        AuditQueryRules.EnsureValid(query);
        await InitializeAsync(cancellationToken).ConfigureAwait(false);
        var (sql, parameters) = AuditTable.Select(query, t => t.UtcDateTime);
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        var rows = await connection.QueryAsync<AuditRow<DateTime>>(new CommandDefinition(sql, parameters, cancellationToken: cancellationToken)).ConfigureAwait(false);
        return rows.Select(r => r.ToEntry(t => t)).ToList();
    }

    public async Task<IReadOnlyList<AskerCount>> CountAskersAsync(IReadOnlyCollection<string> metricIds, DateTimeOffset from, DateTimeOffset to, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(metricIds);
        if (metricIds.Count == 0 || from >= to) return [];
        await InitializeAsync(cancellationToken).ConfigureAwait(false);
        var (sql, parameters) = AuditTable.CountAskers(metricIds, from, to, t => t.UtcDateTime, arrays: true);
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        var rows = await connection.QueryAsync<AskerRow>(new CommandDefinition(sql, parameters, cancellationToken: cancellationToken)).ConfigureAwait(false);
        return AskerCounts.Combine(rows.Select(r => (r.UserId, r.MetricId, checked((int)r.Entries))));
    }

    /// <summary>Creates the table and indexes when missing; called by the first read or write, or at start to fail early.</summary>
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
                CREATE TABLE IF NOT EXISTS {AuditTable.Name} (
                    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
                    time_utc timestamptz NOT NULL,
                    time_offset_minutes smallint NOT NULL,
                    user_id text NOT NULL,
                    caller_kind text NOT NULL,
                    door text NOT NULL,
                    question text,
                    status text NOT NULL,
                    metric_id text,
                    metric_version integer,
                    sql text,
                    scope_json text,
                    row_count integer NOT NULL,
                    duration_ms double precision NOT NULL,
                    error_code text)
                """, transaction: transaction, cancellationToken: cancellationToken)).ConfigureAwait(false);
            // Older databases: the replay and chain columns are added, their entries stay as they were.
            foreach (var (name, _, type) in AuditTable.AddedColumns)
                await connection.ExecuteAsync(new CommandDefinition($"ALTER TABLE {AuditTable.Name} ADD COLUMN IF NOT EXISTS {name} {type}", transaction: transaction, cancellationToken: cancellationToken)).ConfigureAwait(false);
            foreach (var index in AuditTable.Indexes.Append(AuditTable.ChainIndex))
                await connection.ExecuteAsync(new CommandDefinition(index, transaction: transaction, cancellationToken: cancellationToken)).ConfigureAwait(false);
            await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
            initialized = true;
        }
        finally
        {
            initializing.Release();
        }
    }

    public void Dispose() => DisposeAsync().AsTask().GetAwaiter().GetResult();

    /// <summary>Entries still queued are written first: their callers are waiting for them.</summary>
    public async ValueTask DisposeAsync()
    {
        await writer.FlushAsync().ConfigureAwait(false);
        await dataSource.DisposeAsync().ConfigureAwait(false);
    }
}
