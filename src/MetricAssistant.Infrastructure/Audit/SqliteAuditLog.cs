using System.Collections.Concurrent;
using Dapper;
using MetricAssistant.Application.Audit;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace MetricAssistant.Infrastructure.Audit;

/// <summary>
/// The embedded audit trail: one SQLite file in WAL mode with <c>synchronous=FULL</c>, so a commit is on disk
/// (the WAL fsynced) before <see cref="RecordAsync"/> returns. The table and indexes are created on first use.
/// </summary>
/// <remarks>
/// Writes go through one connection with group commit: each caller queues its entry and waits for the write
/// gate; whoever holds it writes every queued entry in one transaction (one fsync) and completes them all.
/// Alone, an entry is one transaction as usual; under concurrent answers, dozens share an fsync instead of
/// queueing for one each (measured against a pooled connection per call and a gate with one transaction
/// per entry: same latency alone, several times the throughput under load). When a batch fails, its
/// entries are retried one by one, so one bad entry never takes others with it. Once queued an entry is
/// written even if its caller cancels: an answer that left must keep its record. Reads use their own pooled
/// connections, which WAL lets run beside the writer.
/// </remarks>
public sealed class SqliteAuditLog : IAuditLog, IAuditChain, IAsyncDisposable, IDisposable
{
    private readonly string writerConnectionString;
    private readonly string readerConnectionString;
    private readonly ILogger logger;
    private readonly SemaphoreSlim gate = new(1, 1);
    private readonly ConcurrentQueue<Pending> queue = new();
    private SqliteConnection? writer;
    private volatile bool initialized;
    private volatile bool disposed;

    public SqliteAuditLog(string path, ILogger<SqliteAuditLog>? logger = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        Path = System.IO.Path.GetFullPath(path);
        this.logger = (ILogger?)logger ?? NullLogger.Instance;
        writerConnectionString = new SqliteConnectionStringBuilder { DataSource = Path, Mode = SqliteOpenMode.ReadWriteCreate, Pooling = false, DefaultTimeout = 30 }.ToString();
        readerConnectionString = new SqliteConnectionStringBuilder { DataSource = Path, Mode = SqliteOpenMode.ReadWrite, Pooling = true, DefaultTimeout = 30 }.ToString();
    }

    /// <summary>The database file (absolute).</summary>
    public string Path { get; }

    public async Task RecordAsync(AuditEntry entry, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(entry);
        cancellationToken.ThrowIfCancellationRequested();
        ObjectDisposedException.ThrowIf(disposed, this);
        var pending = new Pending(entry with { Time = AuditChain.Normalize(entry.Time), Seal = null });
        queue.Enqueue(pending);
        await gate.WaitAsync(CancellationToken.None).ConfigureAwait(false);
        try
        {
            if (!pending.Done.Task.IsCompleted) WriteQueued();
        }
        finally
        {
            gate.Release();
        }
        await pending.Done.Task.ConfigureAwait(false);
    }

    public async Task<IReadOnlyList<AuditEntry>> ReadAsync(AuditFilter query, CancellationToken cancellationToken)
    {
        AuditQueryRules.EnsureValid(query);
        ObjectDisposedException.ThrowIf(disposed, this);
        await InitializeAsync(cancellationToken).ConfigureAwait(false);
        var (sql, parameters) = AuditTable.Select(query, AuditTable.SqliteTime);
        await using var connection = new SqliteConnection(readerConnectionString);
        await connection.OpenAsync(cancellationToken).ConfigureAwait(false);
        var rows = await connection.QueryAsync<AuditRow<string>>(new CommandDefinition(sql, parameters, cancellationToken: cancellationToken)).ConfigureAwait(false);
        return rows.Select(r => r.ToEntry(AuditTable.ParseSqliteTime)).ToList();
    }

    public async Task<IReadOnlyList<AskerCount>> CountAskersAsync(IReadOnlyCollection<string> metricIds, DateTimeOffset from, DateTimeOffset to, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(metricIds);
        if (metricIds.Count == 0 || from >= to) return [];
        ObjectDisposedException.ThrowIf(disposed, this);
        await InitializeAsync(cancellationToken).ConfigureAwait(false);
        var (sql, parameters) = AuditTable.CountAskers(metricIds, from, to, AuditTable.SqliteTime, arrays: false);
        await using var connection = new SqliteConnection(readerConnectionString);
        await connection.OpenAsync(cancellationToken).ConfigureAwait(false);
        var rows = await connection.QueryAsync<AskerRow>(new CommandDefinition(sql, parameters, cancellationToken: cancellationToken)).ConfigureAwait(false);
        return AskerCounts.Combine(rows.Select(r => (r.UserId, r.MetricId, checked((int)r.Entries))));
    }

    /// <summary>Creates the file, table and indexes when missing; called by the first read or write, or at start to fail early.</summary>
    public async Task InitializeAsync(CancellationToken cancellationToken)
    {
        if (initialized) return;
        await gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            EnsureWriter();
        }
        finally
        {
            gate.Release();
        }
    }

    /// <summary>Under the gate: writes every queued entry, in one transaction when possible.</summary>
    private void WriteQueued()
    {
        var batch = new List<Pending>();
        while (queue.TryDequeue(out var next)) batch.Add(next);
        if (batch.Count == 0) return;
        try
        {
            var connection = EnsureWriter();
            Write(connection, batch);
            foreach (var p in batch) p.Done.TrySetResult();
        }
        catch (Exception batchError) when (batch.Count > 1)
        {
            logger.LogWarning(batchError, "Writing {Count} audit entries together failed; writing them one by one.", batch.Count);
            foreach (var p in batch) WriteAlone(p);
        }
        catch (Exception error)
        {
            FailWriter(error);
            batch[0].Done.TrySetException(error);
        }
    }

    private void WriteAlone(Pending pending)
    {
        try
        {
            Write(EnsureWriter(), [pending]);
            pending.Done.TrySetResult();
        }
        catch (Exception error)
        {
            FailWriter(error);
            pending.Done.TrySetException(error);
        }
    }

    /// <summary>
    /// BEGIN IMMEDIATE takes the database's write lock before the chain's head is read, so writers in other processes
    /// on the same file wait and each entry links to the one really before it.
    /// </summary>
    private static void Write(SqliteConnection connection, List<Pending> batch)
    {
        using var transaction = connection.BeginTransaction(deferred: false);
        var head = connection.QuerySingleOrDefault<ChainHead>(AuditTable.Head, transaction: transaction);
        var (seq, previous) = head is null ? (0L, AuditChain.Genesis) : (head.Seq, head.Hash);
        foreach (var p in batch)
        {
            var parameters = AuditInsertParameters<string>.From(p.Entry, AuditTable.SqliteTime(p.Entry.Time), ++seq, previous);
            connection.Execute(AuditTable.Insert, parameters, transaction);
            previous = parameters.Hash;
        }
        transaction.Commit();
    }

    public async Task<AuditEntry?> FindAsync(long id, CancellationToken cancellationToken)
    {
        ObjectDisposedException.ThrowIf(disposed, this);
        await InitializeAsync(cancellationToken).ConfigureAwait(false);
        await using var connection = await OpenReaderAsync(cancellationToken).ConfigureAwait(false);
        var row = await connection.QuerySingleOrDefaultAsync<AuditRow<string>>(new CommandDefinition(AuditTable.ById, new { Id = id }, cancellationToken: cancellationToken)).ConfigureAwait(false);
        return row?.ToEntry(AuditTable.ParseSqliteTime);
    }

    public async Task<AuditVerification> VerifyAsync(CancellationToken cancellationToken)
    {
        ObjectDisposedException.ThrowIf(disposed, this);
        await InitializeAsync(cancellationToken).ConfigureAwait(false);
        await using var connection = await OpenReaderAsync(cancellationToken).ConfigureAwait(false);
        // One read transaction: the walk sees one snapshot of the file, whatever is appended meanwhile.
        await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        return await AuditChainVerifier.VerifyAsync(Walk(connection, transaction, cancellationToken),
            async (seq, ct) => await connection.ExecuteScalarAsync<long?>(new CommandDefinition(AuditTable.IdOfSeq, new { Seq = seq }, transaction, cancellationToken: ct)).ConfigureAwait(false),
            cancellationToken).ConfigureAwait(false);
    }

    private static async IAsyncEnumerable<AuditEntry> Walk(SqliteConnection connection, SqliteTransaction transaction, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken)
    {
        long after = 0;
        while (true)
        {
            var rows = (await connection.QueryAsync<AuditRow<string>>(new CommandDefinition(AuditTable.After, new { After = after, Take = AuditTable.WalkPage }, transaction, cancellationToken: cancellationToken)).ConfigureAwait(false)).ToList();
            foreach (var row in rows) yield return row.ToEntry(AuditTable.ParseSqliteTime);
            if (rows.Count < AuditTable.WalkPage) yield break;
            after = rows[^1].Id;
        }
    }

    private async Task<SqliteConnection> OpenReaderAsync(CancellationToken cancellationToken)
    {
        var connection = new SqliteConnection(readerConnectionString);
        await connection.OpenAsync(cancellationToken).ConfigureAwait(false);
        return connection;
    }

    /// <summary>Under the gate: the open writer connection, created (with the schema) on first use.</summary>
    private SqliteConnection EnsureWriter()
    {
        if (writer is not null) return writer;
        ObjectDisposedException.ThrowIf(disposed, this);
        if (System.IO.Path.GetDirectoryName(Path) is { Length: > 0 } folder) Directory.CreateDirectory(folder);
        var connection = new SqliteConnection(writerConnectionString);
        try
        {
            connection.Open();
            var mode = connection.ExecuteScalar<string>("PRAGMA journal_mode=WAL");
            if (!string.Equals(mode, "wal", StringComparison.OrdinalIgnoreCase))
                throw new InvalidOperationException($"The audit database {Path} could not be put in WAL mode (journal_mode is '{mode}').");
            connection.Execute("PRAGMA synchronous=FULL");
            using (var transaction = connection.BeginTransaction())
            {
                connection.Execute($"""
                    CREATE TABLE IF NOT EXISTS {AuditTable.Name} (
                        id INTEGER PRIMARY KEY AUTOINCREMENT,
                        time_utc TEXT NOT NULL,
                        time_offset_minutes INTEGER NOT NULL,
                        user_id TEXT NOT NULL,
                        caller_kind TEXT NOT NULL,
                        door TEXT NOT NULL,
                        question TEXT,
                        status TEXT NOT NULL,
                        metric_id TEXT,
                        metric_version INTEGER,
                        sql TEXT,
                        scope_json TEXT,
                        row_count INTEGER NOT NULL,
                        duration_ms REAL NOT NULL,
                        error_code TEXT)
                    """, transaction: transaction);
                // Older files: the replay and chain columns are added, their entries stay as they were.
                var existing = connection.Query<string>($"SELECT name FROM pragma_table_info('{AuditTable.Name}')", transaction: transaction).ToHashSet(StringComparer.OrdinalIgnoreCase);
                foreach (var (name, type, _) in AuditTable.AddedColumns.Where(c => !existing.Contains(c.Name)))
                    connection.Execute($"ALTER TABLE {AuditTable.Name} ADD COLUMN {name} {type}", transaction: transaction);
                foreach (var index in AuditTable.Indexes) connection.Execute(index, transaction: transaction);
                connection.Execute(AuditTable.ChainIndex, transaction: transaction);
                transaction.Commit();
            }
        }
        catch
        {
            connection.Dispose();
            throw;
        }
        writer = connection;
        initialized = true;
        return connection;
    }

    /// <summary>After a failed write the connection is reopened next time, in case it was the connection that broke.</summary>
    private void FailWriter(Exception error)
    {
        logger.LogError(error, "Could not write an audit entry to {Path}.", Path);
        writer?.Dispose();
        writer = null;
    }

    public void Dispose()
    {
        if (disposed) return;
        gate.Wait();
        try
        {
            // Entries queued before disposal are still written: their callers are waiting for them.
            WriteQueued();
            disposed = true;
            writer?.Dispose();
            writer = null;
            using var pooled = new SqliteConnection(readerConnectionString);
            SqliteConnection.ClearPool(pooled);
        }
        finally
        {
            gate.Release();
        }
    }

    public ValueTask DisposeAsync()
    {
        Dispose();
        return ValueTask.CompletedTask;
    }

    private sealed class Pending(AuditEntry entry)
    {
        public AuditEntry Entry { get; } = entry;

        public TaskCompletionSource Done { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
    }
}
