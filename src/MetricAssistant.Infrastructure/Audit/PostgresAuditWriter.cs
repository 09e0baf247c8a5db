using System.Collections.Concurrent;
using MetricAssistant.Application.Audit;
using Npgsql;
using NpgsqlTypes;

namespace MetricAssistant.Infrastructure.Audit;

/// <summary>
/// Appends to the PostgreSQL audit chain with group commit. Each caller queues its entry and waits for the write
/// gate; whoever holds it writes every queued entry (up to <see cref="MaxBatch"/>) in one transaction and completes
/// them all once the COMMIT has returned — so an entry is durable before its caller goes on, as before, but a burst of
/// answers shares one chain lock and two round trips (BEGIN + lock + head; the inserts + COMMIT) instead of taking
/// four round trips each under the lock in turn. The transaction-scoped advisory lock still orders writers in other
/// processes, so every entry links to the one really before it.
/// </summary>
/// <remarks>
/// A batch that fails on the server with an error about an entry (not the connection) is written again one entry at a
/// time, so one unstorable entry never takes the others with it; a lost connection fails the whole batch at once (each
/// caller then refuses its answer) instead of trying the dead server once per entry. Once queued, an entry is written
/// even if its caller gives up: an answer that left must keep its record.
/// </remarks>
internal sealed class PostgresAuditWriter(NpgsqlDataSource dataSource, long chainLockKey)
{
    /// <summary>Entries in one transaction at most (24 parameters each).</summary>
    public const int MaxBatch = 256;

    private readonly SemaphoreSlim gate = new(1, 1);
    private readonly ConcurrentQueue<Pending> queue = new();

    /// <summary>Returns once <paramref name="entry"/> (its time already normalised) is committed; throws what the store threw.</summary>
    public async Task AppendAsync(AuditEntry entry)
    {
        var pending = new Pending(entry);
        queue.Enqueue(pending);
        await gate.WaitAsync().ConfigureAwait(false);
        try
        {
            // Entries queued behind a full batch are written in the next one, by this caller or an earlier one.
            while (!pending.Done.Task.IsCompleted && !queue.IsEmpty) await WriteQueuedAsync().ConfigureAwait(false);
        }
        finally
        {
            gate.Release();
        }
        await pending.Done.Task.ConfigureAwait(false);
    }

    /// <summary>Writes whatever is still queued (at disposal), with the gate.</summary>
    public async Task FlushAsync()
    {
        await gate.WaitAsync().ConfigureAwait(false);
        try
        {
            while (!queue.IsEmpty) await WriteQueuedAsync().ConfigureAwait(false);
        }
        finally
        {
            gate.Release();
        }
    }

    private async Task WriteQueuedAsync()
    {
        var batch = new List<Pending>();
        while (batch.Count < MaxBatch && queue.TryDequeue(out var next)) batch.Add(next);
        if (batch.Count == 0) return;
        try
        {
            await WriteAsync(batch).ConfigureAwait(false);
            foreach (var p in batch) p.Done.TrySetResult();
        }
        catch (PostgresException entryError) when (batch.Count > 1 && !ConnectionLevel(entryError))
        {
            foreach (var p in batch) await WriteAloneAsync(p).ConfigureAwait(false);
        }
        catch (Exception error)
        {
            foreach (var p in batch) p.Done.TrySetException(error);
        }
    }

    private async Task WriteAloneAsync(Pending pending)
    {
        try
        {
            await WriteAsync([pending]).ConfigureAwait(false);
            pending.Done.TrySetResult();
        }
        catch (Exception error)
        {
            pending.Done.TrySetException(error);
        }
    }

    /// <summary>The server went away or refused connections (classes 08, 53, 57): not something one entry did.</summary>
    private static bool ConnectionLevel(PostgresException e) =>
        e.SqlState.StartsWith("08", StringComparison.Ordinal) || e.SqlState.StartsWith("53", StringComparison.Ordinal) || e.SqlState.StartsWith("57", StringComparison.Ordinal);

    /// <summary>
    /// Two round trips: BEGIN, the chain lock and the chain's head; then every insert and COMMIT. Plain BEGIN/COMMIT
    /// statements (not an NpgsqlTransaction, whose commit would be a third round trip); a failure rolls back.
    /// </summary>
    private async Task WriteAsync(List<Pending> batch)
    {
        await using var connection = await dataSource.OpenConnectionAsync().ConfigureAwait(false);
        try
        {
            long seq;
            string previous;
            await using (var start = new NpgsqlBatch(connection)
            {
                BatchCommands =
                {
                    new NpgsqlBatchCommand("BEGIN"),
                    new NpgsqlBatchCommand("SELECT pg_advisory_xact_lock(@key)") { Parameters = { new NpgsqlParameter<long>("key", chainLockKey) } },
                    new NpgsqlBatchCommand(AuditTable.Head),
                },
            })
            await using (var reader = await start.ExecuteReaderAsync().ConfigureAwait(false))
            {
                // The lock's row, then the head's (none when the chain is empty).
                while (reader.FieldCount != 2 && await reader.NextResultAsync().ConfigureAwait(false)) { }
                (seq, previous) = await reader.ReadAsync().ConfigureAwait(false) ? (reader.GetInt64(0), reader.GetString(1)) : (0L, AuditChain.Genesis);
                while (await reader.NextResultAsync().ConfigureAwait(false)) { }
            }
            await using var append = new NpgsqlBatch(connection);
            foreach (var p in batch)
            {
                var row = AuditInsertParameters<DateTime>.From(p.Entry, p.Entry.Time.UtcDateTime, ++seq, previous);
                append.BatchCommands.Add(Insert(row));
                previous = row.Hash;
            }
            append.BatchCommands.Add(new NpgsqlBatchCommand("COMMIT"));
            await append.ExecuteNonQueryAsync().ConfigureAwait(false);
        }
        catch
        {
            await RollBackAsync(connection).ConfigureAwait(false);
            throw;
        }
    }

    /// <summary>Leaves the pooled connection outside any transaction; a broken connection is dropped by the pool anyway.</summary>
    private static async Task RollBackAsync(NpgsqlConnection connection)
    {
        if (connection.FullState != System.Data.ConnectionState.Open) return;
        try
        {
            await using var rollback = new NpgsqlCommand("ROLLBACK", connection);
            await rollback.ExecuteNonQueryAsync().ConfigureAwait(false);
        }
        catch (NpgsqlException)
        {
            // The connection is gone; nothing was committed.
        }
    }

    private static NpgsqlBatchCommand Insert(AuditInsertParameters<DateTime> row) => new(AuditTable.Insert)
    {
        Parameters =
        {
            new NpgsqlParameter<DateTime>("TimeUtc", NpgsqlDbType.TimestampTz) { TypedValue = row.TimeUtc },
            new NpgsqlParameter<short>("OffsetMinutes", NpgsqlDbType.Smallint) { TypedValue = checked((short)row.OffsetMinutes) },
            Text("UserId", row.UserId),
            Text("CallerKind", row.CallerKind),
            Text("Door", row.Door),
            Text("Question", row.Question),
            Text("Status", row.Status),
            Text("MetricId", row.MetricId),
            Nullable("MetricVersion", row.MetricVersion, NpgsqlDbType.Integer),
            Text("Sql", row.Sql),
            Text("ScopeJson", row.ScopeJson),
            new NpgsqlParameter<int>("RowCount", NpgsqlDbType.Integer) { TypedValue = row.RowCount },
            new NpgsqlParameter<double>("DurationMs", NpgsqlDbType.Double) { TypedValue = row.DurationMs },
            Text("ErrorCode", row.ErrorCode),
            Text("ParametersJson", row.ParametersJson),
            Text("ColumnsJson", row.ColumnsJson),
            Text("Dialect", row.Dialect),
            Text("MetricVersionsJson", row.MetricVersionsJson),
            Nullable("CatalogRevision", row.CatalogRevision, NpgsqlDbType.Bigint),
            Text("WatermarkJson", row.WatermarkJson),
            Text("RowsHash", row.RowsHash),
            new NpgsqlParameter<long>("Seq", NpgsqlDbType.Bigint) { TypedValue = row.Seq },
            Text("PreviousHash", row.PreviousHash),
            Text("Hash", row.Hash),
        },
    };

    private static NpgsqlParameter Text(string name, string? value) => new(name, NpgsqlDbType.Text) { Value = (object?)value ?? DBNull.Value };

    private static NpgsqlParameter Nullable<T>(string name, T? value, NpgsqlDbType type) where T : struct =>
        new(name, type) { Value = value is { } v ? v : DBNull.Value };

    private sealed class Pending(AuditEntry entry)
    {
        public AuditEntry Entry { get; } = entry;

        public TaskCompletionSource Done { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
    }
}
