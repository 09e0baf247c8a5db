namespace MetricAssistant.Application.Governance;

/// <summary>
/// The store's reference behaviour in memory: the contract the SQLite and PostgreSQL stores are tested against,
/// and the store for unit tests. Lost on restart, so never a deployment's store.
/// </summary>
public sealed class InMemoryCatalogStore(TimeProvider time) : ICatalogStore
{
    private readonly Lock gate = new();
    private readonly List<StoredRevision> revisions = [];

    public Task<long> HeadAsync(CancellationToken cancellationToken)
    {
        lock (gate) return Task.FromResult(revisions.Count == 0 ? 0L : revisions[^1].Revision);
    }

    public Task<IReadOnlyList<StoredRevision>> CurrentAsync(CancellationToken cancellationToken)
    {
        lock (gate)
        {
            IReadOnlyList<StoredRevision> current = [.. revisions.GroupBy(r => r.Path).Select(g => g.Last()).OrderBy(r => r.Path, StringComparer.Ordinal)];
            return Task.FromResult(current);
        }
    }

    public Task<IReadOnlyList<StoredRevision>> HistoryAsync(string path, CancellationToken cancellationToken)
    {
        lock (gate)
        {
            IReadOnlyList<StoredRevision> history = [.. revisions.Where(r => r.Path == path)];
            return Task.FromResult(history);
        }
    }

    public Task<StoreWriteResult> WriteAsync(IReadOnlyList<DocumentWrite> writes, CancellationToken cancellationToken)
    {
        lock (gate)
        {
            foreach (var write in writes)
            {
                var latest = revisions.LastOrDefault(r => r.Path == write.Path);
                if (latest?.Revision != write.BaseRevision) return Task.FromResult(StoreWriteResult.Conflict(write.Path, latest));
            }
            var written = new List<StoredRevision>();
            var at = time.GetUtcNow();
            foreach (var write in writes)
            {
                var revision = new StoredRevision(revisions.Count + 1, write.Path, write.Yaml, write.Author, at, write.Reason, write.ProposalId);
                revisions.Add(revision);
                written.Add(revision);
            }
            return Task.FromResult(new StoreWriteResult(written));
        }
    }
}
