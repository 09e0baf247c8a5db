namespace MetricAssistant.Application.Governance;

/// <summary>
/// The governed catalog's documents with every revision kept (SQLite on the embedded default, PostgreSQL in a
/// deployment). Nothing is updated or deleted: a retired metric is a new revision whose status says so.
/// </summary>
public interface ICatalogStore
{
    /// <summary>The newest revision number in the store (0 when empty): cheap, polled to notice other replicas' writes.</summary>
    Task<long> HeadAsync(CancellationToken cancellationToken);

    /// <summary>The newest revision of every document, ordered by path.</summary>
    Task<IReadOnlyList<StoredRevision>> CurrentAsync(CancellationToken cancellationToken);

    /// <summary>Every revision of one document, oldest first (empty for an unknown path).</summary>
    Task<IReadOnlyList<StoredRevision>> HistoryAsync(string path, CancellationToken cancellationToken);

    /// <summary>
    /// Writes all of <paramref name="writes"/> in one transaction, or none of them when any document has moved
    /// past its <see cref="DocumentWrite.BaseRevision"/>. Concurrent writers are serialised; each gets its own revisions.
    /// </summary>
    Task<StoreWriteResult> WriteAsync(IReadOnlyList<DocumentWrite> writes, CancellationToken cancellationToken);
}
