using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace MetricAssistant.Application.Governance.Freshness;

/// <summary>
/// How far each source table goes, asked of the warehouse at most once per <see cref="RefreshAfter"/> per table: the
/// first answer that needs a table waits for it (concurrent answers share that one query); later answers take the
/// cached value and, once it is older than the interval, one background query refreshes it. When the warehouse's
/// <see cref="IFreshnessProbe.Generation"/> changes, cached values are not used again. A failing query is logged and
/// counts as unknown (retried after the interval), so freshness never turns an answer into an error.
/// </summary>
public sealed class FreshnessCache(IFreshnessProbe probe, TimeProvider time, ILogger<FreshnessCache>? logger = null)
{
    public static readonly TimeSpan RefreshAfter = TimeSpan.FromMinutes(1);

    private readonly ConcurrentDictionary<FreshnessSource, Entry> entries = new();
    private readonly ILogger log = (ILogger?)logger ?? NullLogger.Instance;

    /// <summary>The warehouse's data generation (see <see cref="IFreshnessProbe.Generation"/>), part of result-cache keys.</summary>
    public string Generation => probe.Generation;

    public async Task<DateTime?> NewestAsync(FreshnessSource source, CancellationToken cancellationToken)
    {
        var generation = probe.Generation;
        var now = time.GetUtcNow();
        if (entries.TryGetValue(source, out var entry) && entry.Generation == generation)
        {
            if (entry.Value.IsCompleted && now - entry.FetchedAt >= RefreshAfter) Refresh(source, entry);
            return await entry.Value.WaitAsync(cancellationToken).ConfigureAwait(false);
        }
        var fresh = new Entry(new Lazy<Task<DateTime?>>(() => FetchAsync(source)), now, generation);
        entry = entries.AddOrUpdate(source, fresh, (_, old) => old.Generation == generation ? old : fresh);
        return await entry.Value.WaitAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>One background query per table at a time; the old value serves until it is back.</summary>
    private void Refresh(FreshnessSource source, Entry stale)
    {
        if (Interlocked.Exchange(ref stale.Refreshing, 1) == 1) return;
        var generation = stale.Generation;
        _ = Task.Run(async () =>
        {
            var value = await FetchAsync(source).ConfigureAwait(false);
            var updated = new Entry(new Lazy<Task<DateTime?>>(() => Task.FromResult(value)), time.GetUtcNow(), generation);
            entries.TryUpdate(source, updated, stale);
        });
    }

    private async Task<DateTime?> FetchAsync(FreshnessSource source)
    {
        try
        {
            // Not the answer's token: the value is shared by every answer that waits for it.
            return await probe.NewestAsync(source, CancellationToken.None).ConfigureAwait(false);
        }
        catch (Exception error)
        {
            log.LogWarning(error, "Could not read how far {Table} goes ({Column}{LoadLog}).", source.Table, source.Column, source.LoadLog);
            return null;
        }
    }

    private sealed class Entry(Lazy<Task<DateTime?>> value, DateTimeOffset fetchedAt, string generation)
    {
        public int Refreshing;

        public Task<DateTime?> Value => value.Value;

        public DateTimeOffset FetchedAt { get; } = fetchedAt;

        public string Generation { get; } = generation;
    }
}
