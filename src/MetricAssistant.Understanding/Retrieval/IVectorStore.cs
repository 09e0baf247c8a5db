namespace MetricAssistant.Understanding.Retrieval;

/// <summary>
/// Where document vectors live: an in-process store (exact cosine search, optionally persisted to a file) or a
/// vector database (Qdrant). Similarity is cosine; filters are applied by the store, before the top results are
/// chosen, never after.
/// </summary>
public interface IVectorStore
{
    Task<bool> CollectionExistsAsync(string collection, CancellationToken cancellationToken);

    /// <summary>Creates the collection when missing; an existing one with other dimensions is an error.</summary>
    Task EnsureCollectionAsync(string collection, int dimensions, CancellationToken cancellationToken);

    /// <summary>Adds points, replacing those with the same id.</summary>
    Task UpsertAsync(string collection, IReadOnlyList<VectorPoint> points, CancellationToken cancellationToken);

    /// <summary>The <paramref name="top"/> points most similar to <paramref name="vector"/> among those <paramref name="filter"/> accepts, best first.</summary>
    Task<IReadOnlyList<VectorSearchResult>> SearchAsync(string collection, ReadOnlyMemory<float> vector, int top, VectorFilter? filter, CancellationToken cancellationToken);

    /// <summary>How many points the collection holds (0 when it does not exist): tells a complete build from an interrupted one.</summary>
    Task<long> CountAsync(string collection, CancellationToken cancellationToken);

    Task DeleteCollectionAsync(string collection, CancellationToken cancellationToken);

    /// <summary>
    /// Whether the collection exists and was built by <paramref name="stamp"/>. A store that records stamps treats a
    /// collection of another embedding or catalog as missing; others ignore the stamp (the collection name carries both).
    /// </summary>
    Task<bool> CollectionExistsAsync(string collection, VectorCollectionStamp stamp, CancellationToken cancellationToken) =>
        CollectionExistsAsync(collection, cancellationToken);

    /// <summary>As <see cref="EnsureCollectionAsync(string, int, CancellationToken)"/>, recording who builds it; an existing collection of another stamp is replaced.</summary>
    Task EnsureCollectionAsync(string collection, int dimensions, VectorCollectionStamp stamp, CancellationToken cancellationToken) =>
        EnsureCollectionAsync(collection, dimensions, cancellationToken);

    /// <summary>
    /// The writer has written every point of the collection: a store that persists may now lay it out for fast
    /// reading (the embedded store rewrites its file as one bulk snapshot). Optional; a no-op by default.
    /// </summary>
    Task CompactAsync(string collection, CancellationToken cancellationToken) => Task.CompletedTask;
}

/// <summary>A vector with its id and payload.</summary>
public sealed record VectorPoint(ulong Id, ReadOnlyMemory<float> Vector, VectorPayload Payload);

/// <summary>A search hit: point id, cosine similarity and payload.</summary>
public sealed record VectorSearchResult(ulong Id, float Score, VectorPayload Payload);

/// <summary>What is stored with a vector; <see cref="Kind"/>, <see cref="Status"/> and <see cref="Tags"/> can be filtered on.</summary>
public sealed record VectorPayload
{
    public required string Kind { get; init; }
    public string Field { get; init; } = "";
    public string Text { get; init; } = "";
    public string? MetricId { get; init; }
    public string? DimensionId { get; init; }
    public string? Code { get; init; }
    public string? Status { get; init; }
    public string? ReplacedBy { get; init; }
    public IReadOnlyList<string> Tags { get; init; } = [];
    public bool Official { get; init; }
    public string? Family { get; init; }
}

/// <summary>
/// Which points a search may return. Every list given must match: <see cref="Kinds"/> and <see cref="Statuses"/>
/// any of their values, <see cref="AnyTags"/> at least one tag, <see cref="ExcludedTags"/> none. Null means no condition.
/// </summary>
public sealed record VectorFilter
{
    public IReadOnlyList<string>? Kinds { get; init; }
    public IReadOnlyList<string>? Statuses { get; init; }
    public IReadOnlyList<string>? AnyTags { get; init; }
    public IReadOnlyList<string>? ExcludedTags { get; init; }

    public bool Accepts(VectorPayload payload)
    {
        if (Kinds is { } kinds && !Contains(kinds, payload.Kind)) return false;
        if (Statuses is { } statuses && (payload.Status is null || !Contains(statuses, payload.Status))) return false;
        if (AnyTags is { } anyTags && !payload.Tags.Any(t => Contains(anyTags, t))) return false;
        if (ExcludedTags is { Count: > 0 } excluded && payload.Tags.Any(t => Contains(excluded, t))) return false;
        return true;
    }

    private static bool Contains(IReadOnlyList<string> values, string value)
    {
        for (var i = 0; i < values.Count; i++) if (string.Equals(values[i], value, StringComparison.Ordinal)) return true;
        return false;
    }
}
