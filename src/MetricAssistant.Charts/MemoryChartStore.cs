using MetricAssistant.Application.Charts;
using Microsoft.Extensions.Options;

namespace MetricAssistant.Charts;

/// <summary>
/// Chart specs in memory (one instance, no shared store) under <see cref="ChartId"/>s. Entries expire after
/// <see cref="ChartOptions.CacheMinutes"/>; past <see cref="ChartOptions.CacheMaxEntries"/> the oldest go first. One lock:
/// adds and reads are a few dictionary operations.
/// </summary>
public sealed class MemoryChartStore(IOptions<ChartOptions> options, TimeProvider time) : IChartStore
{
    private readonly Lock gate = new();
    private readonly Dictionary<string, LinkedListNode<Entry>> entries = new(StringComparer.Ordinal);
    private readonly LinkedList<Entry> oldestFirst = new();

    public int Count
    {
        get { lock (gate) return entries.Count; }
    }

    public ValueTask<string> AddAsync(StoredChart chart, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(chart);
        var settings = options.Value;
        var id = ChartId.New();
        var now = time.GetUtcNow();
        lock (gate)
        {
            RemoveExpired(now);
            entries[id] = oldestFirst.AddLast(new Entry(id, chart, now.AddMinutes(settings.CacheMinutes)));
            while (entries.Count > settings.CacheMaxEntries) Remove(oldestFirst.First!);
        }
        return ValueTask.FromResult(id);
    }

    public ValueTask<StoredChart?> FindAsync(string id, CancellationToken cancellationToken)
    {
        if (!ChartId.IsWellFormed(id)) return ValueTask.FromResult<StoredChart?>(null);
        lock (gate)
        {
            if (!entries.TryGetValue(id, out var node)) return ValueTask.FromResult<StoredChart?>(null);
            if (node.Value.Expires > time.GetUtcNow()) return ValueTask.FromResult<StoredChart?>(node.Value.Chart);
            Remove(node);
            return ValueTask.FromResult<StoredChart?>(null);
        }
    }

    private void RemoveExpired(DateTimeOffset now)
    {
        // Insertion order is expiry order: every entry gets the same lifetime.
        while (oldestFirst.First is { } first && first.Value.Expires <= now) Remove(first);
    }

    private void Remove(LinkedListNode<Entry> node)
    {
        entries.Remove(node.Value.Id);
        oldestFirst.Remove(node);
    }

    private sealed record Entry(string Id, StoredChart Chart, DateTimeOffset Expires);
}
