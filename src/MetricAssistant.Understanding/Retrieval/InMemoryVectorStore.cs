using System.Collections.Concurrent;

namespace MetricAssistant.Understanding.Retrieval;

/// <summary>
/// An in-process vector store with exact cosine search. Vectors are L2-normalised on the way in. The search
/// structure is rebuilt lazily after writes and then read without locks:
/// <list type="bullet">
/// <item>mostly-zero vectors (feature hashing: a short text touches a few dozen of 4096 dimensions) go into an
/// inverted index by dimension, so a query costs the postings of its non-zero dimensions only;</item>
/// <item>dense vectors (neural embeddings) go into one contiguous row-major matrix scanned with SIMD dot products.</item>
/// </list>
/// Both are exact. Points whose similarity is 0 or below are not returned. Thread-safe.
/// </summary>
public sealed class InMemoryVectorStore : IVectorStore
{
    private readonly ConcurrentDictionary<string, InMemoryCollection> collections = new(StringComparer.Ordinal);

    public Task<bool> CollectionExistsAsync(string collection, CancellationToken cancellationToken) =>
        Task.FromResult(collections.ContainsKey(collection));

    public Task EnsureCollectionAsync(string collection, int dimensions, CancellationToken cancellationToken)
    {
        if (dimensions <= 0) throw new ArgumentOutOfRangeException(nameof(dimensions), "dimensions must be positive");
        var existing = collections.GetOrAdd(collection, _ => new InMemoryCollection(dimensions));
        if (existing.Dimensions != dimensions)
            throw new InvalidOperationException($"collection '{collection}' has {existing.Dimensions} dimensions, not {dimensions}");
        return Task.CompletedTask;
    }

    public Task UpsertAsync(string collection, IReadOnlyList<VectorPoint> points, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        Get(collection).Upsert(points);
        return Task.CompletedTask;
    }

    public Task<IReadOnlyList<VectorSearchResult>> SearchAsync(string collection, ReadOnlyMemory<float> vector, int top, VectorFilter? filter, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        if (!collections.TryGetValue(collection, out var c)) throw new InvalidOperationException($"collection '{collection}' does not exist");
        return Task.FromResult(c.Search(vector.Span, top, filter));
    }

    public Task<long> CountAsync(string collection, CancellationToken cancellationToken) =>
        Task.FromResult(collections.TryGetValue(collection, out var c) ? (long)c.Count : 0L);

    public Task DeleteCollectionAsync(string collection, CancellationToken cancellationToken)
    {
        collections.TryRemove(collection, out _);
        return Task.CompletedTask;
    }

    /// <summary>Dimensions of a collection, or null when it does not exist.</summary>
    public int? DimensionsOf(string collection) => collections.TryGetValue(collection, out var c) ? c.Dimensions : null;

    /// <summary>A collection's points as its search structure holds them (for persisting), or null when it does not exist.</summary>
    public VectorCollectionSnapshot? Export(string collection) => collections.TryGetValue(collection, out var c) ? c.ToSnapshot() : null;

    /// <summary>
    /// Creates or replaces a collection from a snapshot, which becomes its search structure as it is (nothing is
    /// rebuilt). A snapshot whose arrays do not fit together throws <see cref="InvalidDataException"/>.
    /// </summary>
    public void Import(string collection, VectorCollectionSnapshot snapshot)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        collections[collection] = InMemoryCollection.FromSnapshot(snapshot);
    }

    /// <summary>Approximate bytes held by a collection's search structure (for benchmarks).</summary>
    public long EstimateBytes(string collection) => collections.TryGetValue(collection, out var c) ? c.EstimateBytes() : 0;

    private InMemoryCollection Get(string collection) =>
        collections.TryGetValue(collection, out var c) ? c : throw new InvalidOperationException($"collection '{collection}' does not exist; call EnsureCollectionAsync first");

    /// <summary>Cosine similarity of two vectors (any length, not necessarily normalised).</summary>
    public static float Cosine(ReadOnlySpan<float> a, ReadOnlySpan<float> b)
    {
        var dot = VectorMath.Dot(a, b);
        var norm = MathF.Sqrt(VectorMath.Dot(a, a)) * MathF.Sqrt(VectorMath.Dot(b, b));
        return norm == 0 ? 0 : dot / norm;
    }
}
