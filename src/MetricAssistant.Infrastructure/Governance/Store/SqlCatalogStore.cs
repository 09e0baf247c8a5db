using System.Data.Common;
using Dapper;
using MetricAssistant.Application.Governance;

namespace MetricAssistant.Infrastructure.Governance.Store;

/// <summary>
/// What the SQLite and PostgreSQL catalog stores share: the statements (<see cref="CatalogStoreTable"/>) and the
/// write. A write runs in one transaction that first takes the store's write lock (SQLite <c>BEGIN IMMEDIATE</c>,
/// PostgreSQL an advisory lock), so writers are serialised: each checks every document's latest revision against
/// its base under the lock, then inserts, and never loses or overwrites another's revision.
/// </summary>
public abstract class SqlCatalogStore(TimeProvider time) : ICatalogStore, ICatalogImportLedger
{
    /// <summary>An open connection on a store whose tables exist.</summary>
    protected abstract Task<DbConnection> OpenAsync(CancellationToken cancellationToken);

    /// <summary>A transaction holding the store's write lock until it ends.</summary>
    protected abstract Task<DbTransaction> BeginWriteAsync(DbConnection connection, CancellationToken cancellationToken);

    /// <summary>A time as the store's parameter value.</summary>
    protected abstract object Time(DateTimeOffset time);

    public async Task<long> HeadAsync(CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        return await connection.ExecuteScalarAsync<long>(new CommandDefinition(CatalogStoreTable.Head, cancellationToken: cancellationToken)).ConfigureAwait(false);
    }

    public async Task<IReadOnlyList<StoredRevision>> CurrentAsync(CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        var rows = await connection.QueryAsync<RevisionRow>(new CommandDefinition(CatalogStoreTable.Current, cancellationToken: cancellationToken)).ConfigureAwait(false);
        // Ordered here, not in SQL: PostgreSQL's collation would not sort paths ordinally.
        return [.. rows.Select(r => r.ToRevision()).OrderBy(r => r.Path, StringComparer.Ordinal)];
    }

    public async Task<IReadOnlyList<StoredRevision>> HistoryAsync(string path, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(path);
        await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        var rows = await connection.QueryAsync<RevisionRow>(new CommandDefinition(CatalogStoreTable.History, new { Path = path }, cancellationToken: cancellationToken)).ConfigureAwait(false);
        return [.. rows.Select(r => r.ToRevision())];
    }

    public async Task<StoreWriteResult> WriteAsync(IReadOnlyList<DocumentWrite> writes, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(writes);
        foreach (var write in writes)
        {
            ArgumentException.ThrowIfNullOrWhiteSpace(write.Path, nameof(writes));
            ArgumentNullException.ThrowIfNull(write.Yaml, nameof(writes));
            ArgumentException.ThrowIfNullOrWhiteSpace(write.Author, nameof(writes));
        }
        if (writes.Count == 0) return new StoreWriteResult([]);

        await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var transaction = await BeginWriteAsync(connection, cancellationToken).ConfigureAwait(false);
        // Every base is checked against the state before this write, as the in-memory reference does.
        foreach (var path in writes.Select(w => w.Path).Distinct(StringComparer.Ordinal))
        {
            var latest = await connection.QuerySingleOrDefaultAsync<RevisionRow>(new CommandDefinition(CatalogStoreTable.Latest, new { Path = path }, transaction,
                cancellationToken: cancellationToken)).ConfigureAwait(false);
            foreach (var write in writes.Where(w => w.Path == path))
            {
                if (latest?.Revision == write.BaseRevision) continue;
                await transaction.RollbackAsync(cancellationToken).ConfigureAwait(false);
                return StoreWriteResult.Conflict(path, latest?.ToRevision());
            }
        }

        var at = time.GetUtcNow();
        var written = new List<StoredRevision>(writes.Count);
        foreach (var write in writes)
        {
            var revision = await connection.ExecuteScalarAsync<long>(new CommandDefinition(CatalogStoreTable.Insert,
                new { write.Path, write.Yaml, write.Author, At = Time(at), write.Reason, write.ProposalId }, transaction, cancellationToken: cancellationToken)).ConfigureAwait(false);
            written.Add(new StoredRevision(revision, write.Path, write.Yaml, write.Author, at, write.Reason, write.ProposalId));
        }
        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        return new StoreWriteResult(written);
    }

    public async Task<IReadOnlyDictionary<string, ImportMark>> ReadAsync(CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        var rows = await connection.QueryAsync<ImportRow>(new CommandDefinition(CatalogStoreTable.SelectImports, cancellationToken: cancellationToken)).ConfigureAwait(false);
        return rows.ToDictionary(r => r.Path, r => new ImportMark(r.Path, r.Sha256, r.Revision), StringComparer.Ordinal);
    }

    public async Task RecordAsync(IReadOnlyList<ImportMark> marks, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(marks);
        if (marks.Count == 0) return;
        await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        foreach (var mark in marks)
            await connection.ExecuteAsync(new CommandDefinition(CatalogStoreTable.UpsertImport, mark, transaction, cancellationToken: cancellationToken)).ConfigureAwait(false);
        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
    }
}
