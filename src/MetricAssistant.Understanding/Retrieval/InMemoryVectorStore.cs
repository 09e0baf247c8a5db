using System.Collections.Concurrent;
using System.Numerics;
using System.Runtime.InteropServices;

namespace MetricAssistant.Understanding.Retrieval;

/// <summary>
/// An in-process vector store with exact cosine search. Vectors are L2-normalised on the way in. The search
/// structure is rebuilt lazily after writes and then read without locks:
/// <list type="bullet">
/// <item>mostly-zero vectors (feature hashing: a short text touches a few dozen of 512 dimensions) go into an
/// inverted index by dimension, so a query costs the postings of its non-zero dimensions only;</item>
/// <item>dense vectors (neural embeddings) go into one contiguous row-major matrix scanned with SIMD dot products.</item>
/// </list>
/// Both are exact. Points whose similarity is 0 or below are not returned. Thread-safe.
/// </summary>
public sealed class InMemoryVectorStore : IVectorStore
{
    private readonly ConcurrentDictionary<string, Collection> collections = new(StringComparer.Ordinal);

    public Task<bool> CollectionExistsAsync(string collection, CancellationToken cancellationToken) =>
        Task.FromResult(collections.ContainsKey(collection));

    public Task EnsureCollectionAsync(string collection, int dimensions, CancellationToken cancellationToken)
    {
        if (dimensions <= 0) throw new ArgumentOutOfRangeException(nameof(dimensions), "dimensions must be positive");
        var existing = collections.GetOrAdd(collection, _ => new Collection(dimensions));
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

    /// <summary>Approximate bytes held by a collection's search structure (for benchmarks).</summary>
    public long EstimateBytes(string collection) => collections.TryGetValue(collection, out var c) ? c.EstimateBytes() : 0;

    private Collection Get(string collection) =>
        collections.TryGetValue(collection, out var c) ? c : throw new InvalidOperationException($"collection '{collection}' does not exist; call EnsureCollectionAsync first");

    /// <summary>Cosine similarity of two vectors (any length, not necessarily normalised).</summary>
    public static float Cosine(ReadOnlySpan<float> a, ReadOnlySpan<float> b)
    {
        var dot = Dot(a, b);
        var norm = MathF.Sqrt(Dot(a, a)) * MathF.Sqrt(Dot(b, b));
        return norm == 0 ? 0 : dot / norm;
    }

    internal static float Dot(ReadOnlySpan<float> a, ReadOnlySpan<float> b)
    {
        var length = Math.Min(a.Length, b.Length);
        var sum = 0f;
        var i = 0;
        if (Vector.IsHardwareAccelerated && length >= Vector<float>.Count)
        {
            var acc = Vector<float>.Zero;
            var va = MemoryMarshal.Cast<float, Vector<float>>(a[..length]);
            var vb = MemoryMarshal.Cast<float, Vector<float>>(b[..length]);
            for (var k = 0; k < va.Length; k++) acc += va[k] * vb[k];
            sum = Vector.Sum(acc);
            i = va.Length * Vector<float>.Count;
        }
        for (; i < length; i++) sum += a[i] * b[i];
        return sum;
    }

    internal static float[] Normalize(ReadOnlySpan<float> vector)
    {
        var copy = vector.ToArray();
        var norm = MathF.Sqrt(Dot(copy, copy));
        if (norm > 0 && MathF.Abs(norm - 1f) > 1e-6f)
            for (var i = 0; i < copy.Length; i++) copy[i] /= norm;
        return copy;
    }

    private sealed class Collection(int dimensions)
    {
        private readonly object gate = new();
        private readonly List<ulong> ids = [];
        private readonly List<float[]> vectors = [];
        private readonly List<VectorPayload> payloads = [];
        private readonly Dictionary<ulong, int> rowOf = [];
        private volatile SearchIndex? index;

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
            lock (gate)
            {
                foreach (var point in points)
                {
                    var vector = Normalize(point.Vector.Span);
                    if (rowOf.TryGetValue(point.Id, out var row))
                    {
                        vectors[row] = vector;
                        payloads[row] = point.Payload;
                    }
                    else
                    {
                        rowOf[point.Id] = ids.Count;
                        ids.Add(point.Id);
                        vectors.Add(vector);
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
            var normalized = Normalize(query);
            var accepted = current.Accepted(filter);
            var heap = new TopK(Math.Min(top, current.Count));
            current.Score(normalized, accepted, heap);
            var results = new List<VectorSearchResult>(heap.Count);
            foreach (var (row, score) in heap.Drain())
                results.Add(new VectorSearchResult(current.Ids[row], score, current.Payloads[row]));
            return results;
        }

        public long EstimateBytes() => (index ?? BuildIndex()).EstimateBytes();

        private SearchIndex BuildIndex()
        {
            lock (gate)
            {
                return index ??= SearchIndex.Build(Dimensions, ids.ToArray(), vectors.ToArray(), payloads.ToArray());
            }
        }
    }

    /// <summary>An immutable snapshot of a collection, laid out for search.</summary>
    private sealed class SearchIndex
    {
        public required ulong[] Ids { get; init; }
        public required VectorPayload[] Payloads { get; init; }
        public required int Dimensions { get; init; }
        public int Count => Ids.Length;

        // Sparse layout: per dimension, the rows with a non-zero value there and the values.
        private int[]? postingStart;
        private int[]? postingRows;
        private float[]? postingValues;
        // Dense layout: rows one after another.
        private float[]? matrix;

        // Filter inputs interned per row.
        private int[] kindCode = [];
        private int[] statusCode = [];
        private readonly Dictionary<string, int> codes = new(StringComparer.Ordinal);

        public static SearchIndex Build(int dimensions, ulong[] ids, float[][] vectors, VectorPayload[] payloads)
        {
            var index = new SearchIndex { Ids = ids, Payloads = payloads, Dimensions = dimensions };
            long nonZero = 0;
            foreach (var v in vectors)
                foreach (var x in v)
                    if (x != 0) nonZero++;
            var density = ids.Length == 0 ? 1.0 : nonZero / ((double)ids.Length * dimensions);
            if (density < 0.3) index.BuildSparse(vectors, nonZero);
            else index.BuildDense(vectors);

            index.kindCode = new int[ids.Length];
            index.statusCode = new int[ids.Length];
            for (var row = 0; row < ids.Length; row++)
            {
                index.kindCode[row] = index.Code(payloads[row].Kind);
                index.statusCode[row] = index.Code(payloads[row].Status ?? "");
            }
            return index;
        }

        private int Code(string value)
        {
            if (!codes.TryGetValue(value, out var code)) codes[value] = code = codes.Count;
            return code;
        }

        private void BuildSparse(float[][] vectors, long nonZero)
        {
            var start = new int[Dimensions + 1];
            foreach (var v in vectors)
                for (var d = 0; d < v.Length; d++)
                    if (v[d] != 0) start[d + 1]++;
            for (var d = 0; d < Dimensions; d++) start[d + 1] += start[d];
            var rows = new int[nonZero];
            var values = new float[nonZero];
            var next = start[..Dimensions];
            for (var row = 0; row < vectors.Length; row++)
            {
                var v = vectors[row];
                for (var d = 0; d < v.Length; d++)
                {
                    if (v[d] == 0) continue;
                    var at = next[d]++;
                    rows[at] = row;
                    values[at] = v[d];
                }
            }
            postingStart = start;
            postingRows = rows;
            postingValues = values;
        }

        private void BuildDense(float[][] vectors)
        {
            matrix = new float[(long)vectors.Length * Dimensions];
            for (var row = 0; row < vectors.Length; row++) vectors[row].CopyTo(matrix, (long)row * Dimensions);
        }

        public long EstimateBytes() =>
            (postingRows?.LongLength ?? 0) * 8 + (postingStart?.LongLength ?? 0) * 4 + (matrix?.LongLength ?? 0) * 4 + Count * (8L + 8 + 8);

        private readonly ConcurrentDictionary<string, bool[]> acceptedByFilter = new(StringComparer.Ordinal);

        /// <summary>Which rows a filter lets through (cached per distinct filter); null when it lets every row through.</summary>
        public bool[]? Accepted(VectorFilter? filter)
        {
            if (filter is null || (filter.Kinds is null && filter.Statuses is null && filter.AnyTags is null && filter.ExcludedTags is null)) return null;
            var key = string.Join('\u0001', Describe(filter.Kinds), Describe(filter.Statuses), Describe(filter.AnyTags), Describe(filter.ExcludedTags));
            if (acceptedByFilter.TryGetValue(key, out var cached)) return cached;
            var computed = ComputeAccepted(filter);
            if (acceptedByFilter.Count < 256) acceptedByFilter.TryAdd(key, computed);
            return computed;
        }

        private static string Describe(IReadOnlyList<string>? values) => values is null ? "*" : string.Join('\u0002', values.Order(StringComparer.Ordinal));

        private bool[] ComputeAccepted(VectorFilter filter)
        {
            var kinds = CodesOf(filter.Kinds);
            var statuses = CodesOf(filter.Statuses);
            var accepted = new bool[Count];
            var needTags = filter.AnyTags is not null || filter.ExcludedTags is { Count: > 0 };
            for (var row = 0; row < accepted.Length; row++)
            {
                if (kinds is not null && !kinds.Contains(kindCode[row])) continue;
                if (statuses is not null && !statuses.Contains(statusCode[row])) continue;
                if (needTags && !filter.Accepts(Payloads[row])) continue;
                accepted[row] = true;
            }
            return accepted;
        }

        private HashSet<int>? CodesOf(IReadOnlyList<string>? values)
        {
            if (values is null) return null;
            var set = new HashSet<int>();
            foreach (var v in values)
                if (codes.TryGetValue(v, out var c)) set.Add(c);
            return set;
        }

        public void Score(float[] query, bool[]? accepted, TopK heap)
        {
            if (matrix is not null)
            {
                var m = matrix.AsSpan();
                for (var row = 0; row < Count; row++)
                {
                    if (accepted is not null && !accepted[row]) continue;
                    var score = Dot(query, m.Slice(row * Dimensions, Dimensions));
                    if (score > 0) heap.Offer(row, score);
                }
                return;
            }

            var scores = System.Buffers.ArrayPool<float>.Shared.Rent(Count);
            try
            {
                Array.Clear(scores, 0, Count);
                var start = postingStart!;
                var rows = postingRows!;
                var values = postingValues!;
                for (var d = 0; d < query.Length; d++)
                {
                    var q = query[d];
                    if (q == 0) continue;
                    for (var p = start[d]; p < start[d + 1]; p++) scores[rows[p]] += q * values[p];
                }
                for (var row = 0; row < Count; row++)
                {
                    var score = scores[row];
                    if (score <= 0 || (accepted is not null && !accepted[row])) continue;
                    heap.Offer(row, score);
                }
            }
            finally
            {
                System.Buffers.ArrayPool<float>.Shared.Return(scores);
            }
        }
    }

    /// <summary>The k best (row, score) pairs; ties keep the lower row.</summary>
    private sealed class TopK(int k)
    {
        private readonly PriorityQueue<int, (float Score, int Row)> queue = new(Comparer<(float Score, int Row)>.Create(
            static (a, b) => a.Score != b.Score ? a.Score.CompareTo(b.Score) : b.Row.CompareTo(a.Row)));

        public int Count => queue.Count;

        public void Offer(int row, float score)
        {
            if (queue.Count < k)
            {
                queue.Enqueue(row, (score, row));
                return;
            }
            queue.TryPeek(out _, out var worst);
            if (score > worst.Score || (score == worst.Score && row < worst.Row)) queue.DequeueEnqueue(row, (score, row));
        }

        public IEnumerable<(int Row, float Score)> Drain()
        {
            var items = new List<(int Row, float Score)>(queue.Count);
            while (queue.TryDequeue(out var row, out var priority)) items.Add((row, priority.Score));
            items.Reverse();
            return items;
        }
    }
}
