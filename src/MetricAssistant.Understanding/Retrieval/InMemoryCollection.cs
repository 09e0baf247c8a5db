namespace MetricAssistant.Understanding.Retrieval;

/// <summary>
/// One collection of <see cref="InMemoryVectorStore"/>: ids, payloads and vectors under a lock for writes, and a
/// <see cref="VectorSearchIndex"/> built lazily after writes and then searched without locks.
/// </summary>
internal sealed class InMemoryCollection(int dimensions)
{
    private readonly object gate = new();
    private readonly List<ulong> ids = [];
    private readonly List<VectorPayload> payloads = [];
    private readonly Dictionary<ulong, int> rowOf = [];
    // The vectors, until a search structure is built from them; then only the structure holds them
    // (taken back out of it on the next write), so they are never held twice.
    private List<VectorRow>? rows = [];
    private volatile VectorSearchIndex? index;

    public int Dimensions { get; } = dimensions;

    public int Count
    {
        get { lock (gate) return ids.Count; }
    }

    public void Upsert(IReadOnlyList<VectorPoint> points)
    {
        foreach (var point in points)
            if (point.Vector.Length != Dimensions)
                throw new ArgumentException($"point {point.Id} has {point.Vector.Length} dimensions, the collection {Dimensions}");
        var converted = new VectorRow[points.Count];
        for (var i = 0; i < points.Count; i++) converted[i] = VectorRow.From(points[i].Vector.Span);
        lock (gate)
        {
            rows ??= index!.ExtractRows();
            for (var i = 0; i < points.Count; i++)
            {
                var point = points[i];
                if (rowOf.TryGetValue(point.Id, out var row))
                {
                    rows[row] = converted[i];
                    payloads[row] = point.Payload;
                }
                else
                {
                    rowOf[point.Id] = ids.Count;
                    ids.Add(point.Id);
                    rows.Add(converted[i]);
                    payloads.Add(point.Payload);
                }
            }
            index = null;
        }
    }

    public IReadOnlyList<VectorSearchResult> Search(ReadOnlySpan<float> query, int top, VectorFilter? filter)
    {
        if (query.Length != Dimensions) throw new ArgumentException($"query has {query.Length} dimensions, the collection {Dimensions}");
        if (top <= 0) return [];
        var current = index ?? BuildIndex();
        if (current.Count == 0) return [];
        var normalized = VectorMath.Normalize(query);
        var accepted = current.RowFilter.Accepted(filter);
        var heap = new TopRows(Math.Min(top, current.Count));
        current.Score(normalized, accepted, heap);
        var results = new List<VectorSearchResult>(heap.Count);
        foreach (var (row, score) in heap.Drain())
            results.Add(new VectorSearchResult(current.Ids[row], score, current.Payloads[row]));
        return results;
    }

    /// <summary>A collection holding a snapshot's points, its search structure ready (nothing is rebuilt).</summary>
    public static InMemoryCollection FromSnapshot(VectorCollectionSnapshot snapshot)
    {
        var built = VectorSearchIndex.FromSnapshot(snapshot);
        var collection = new InMemoryCollection(snapshot.Dimensions);
        collection.ids.AddRange(snapshot.Ids);
        collection.payloads.AddRange(snapshot.Payloads);
        collection.rowOf.EnsureCapacity(snapshot.Count);
        for (var row = 0; row < snapshot.Count; row++)
            if (!collection.rowOf.TryAdd(snapshot.Ids[row], row)) throw new InvalidDataException($"snapshot holds point {snapshot.Ids[row]} twice");
        collection.rows = null;
        collection.index = built;
        return collection;
    }

    /// <summary>The points as the search structure holds them (built now if a write invalidated it).</summary>
    public VectorCollectionSnapshot ToSnapshot() => (index ?? BuildIndex()).ToSnapshot();

    public long EstimateBytes() => (index ?? BuildIndex()).EstimateBytes();

    private VectorSearchIndex BuildIndex()
    {
        lock (gate)
        {
            if (index is { } built) return built;
            built = VectorSearchIndex.Build(Dimensions, ids.ToArray(), rows!, payloads.ToArray());
            rows = null;
            return index = built;
        }
    }
}
