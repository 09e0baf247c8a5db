using System.Collections.Concurrent;
using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

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

    /// <summary>A stored, normalised vector: sparse (indices and values) when mostly zero, else dense.</summary>
    private readonly record struct Row(int[]? Indices, float[] Values)
    {
        public int NonZero => Indices?.Length ?? CountNonZero(Values);

        public static Row From(ReadOnlySpan<float> vector)
        {
            var sum = 0.0;
            var nonZero = 0;
            foreach (var x in vector)
            {
                if (x == 0) continue;
                nonZero++;
                sum += (double)x * x;
            }
            var scale = sum > 0 ? (float)(1.0 / Math.Sqrt(sum)) : 0f;
            if (nonZero * 2 >= vector.Length)
            {
                var dense = new float[vector.Length];
                for (var i = 0; i < vector.Length; i++) dense[i] = vector[i] * scale;
                return new Row(null, dense);
            }
            var indices = new int[nonZero];
            var values = new float[nonZero];
            for (int i = 0, k = 0; i < vector.Length; i++)
            {
                if (vector[i] == 0) continue;
                indices[k] = i;
                values[k++] = vector[i] * scale;
            }
            return new Row(indices, values);
        }

        private static int CountNonZero(float[] values)
        {
            var n = 0;
            foreach (var x in values) if (x != 0) n++;
            return n;
        }
    }

    private sealed class Collection(int dimensions)
    {
        private readonly object gate = new();
        private readonly List<ulong> ids = [];
        private readonly List<VectorPayload> payloads = [];
        private readonly Dictionary<ulong, int> rowOf = [];
        // The vectors, until a search structure is built from them; then only the structure holds them
        // (taken back out of it on the next write), so they are never held twice.
        private List<Row>? rows = [];
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
            var converted = new Row[points.Count];
            for (var i = 0; i < points.Count; i++) converted[i] = Row.From(points[i].Vector.Span);
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
                if (index is { } built) return built;
                built = SearchIndex.Build(Dimensions, ids.ToArray(), rows!, payloads.ToArray());
                rows = null;
                return index = built;
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

        private const int ScoreBlock = 32768;

        // Sparse layout: per dimension, the rows with a non-zero value there (ascending) and the values.
        private int[]? postingStart;
        private int[]? postingRows;
        private float[]? postingValues;
        // Dense layout: rows one after another.
        private float[]? matrix;

        // Filter inputs interned per row.
        private int[] kindCode = [];
        private int[] statusCode = [];
        private readonly Dictionary<string, int> codes = new(StringComparer.Ordinal);

        public static SearchIndex Build(int dimensions, ulong[] ids, List<Row> rows, VectorPayload[] payloads)
        {
            var index = new SearchIndex { Ids = ids, Payloads = payloads, Dimensions = dimensions };
            long nonZero = 0;
            foreach (var row in rows) nonZero += row.NonZero;
            var density = ids.Length == 0 ? 1.0 : nonZero / ((double)ids.Length * dimensions);
            if (density < 0.3) index.BuildSparse(rows, nonZero);
            else index.BuildDense(rows);

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

        private void BuildSparse(List<Row> rows, long nonZero)
        {
            var start = new int[Dimensions + 1];
            foreach (var row in rows) ForEachNonZero(row, (d, _) => start[d + 1]++);
            for (var d = 0; d < Dimensions; d++) start[d + 1] += start[d];
            var postings = new int[nonZero];
            var values = new float[nonZero];
            var next = start[..Dimensions];
            for (var r = 0; r < rows.Count; r++)
            {
                var current = r;
                ForEachNonZero(rows[r], (d, x) =>
                {
                    var at = next[d]++;
                    postings[at] = current;
                    values[at] = x;
                });
            }
            postingStart = start;
            postingRows = postings;
            postingValues = values;
        }

        private static void ForEachNonZero(Row row, Action<int, float> action)
        {
            if (row.Indices is { } indices)
            {
                for (var k = 0; k < indices.Length; k++) action(indices[k], row.Values[k]);
                return;
            }
            for (var d = 0; d < row.Values.Length; d++)
                if (row.Values[d] != 0) action(d, row.Values[d]);
        }

        private void BuildDense(List<Row> rows)
        {
            matrix = new float[(long)rows.Count * Dimensions];
            for (var r = 0; r < rows.Count; r++)
            {
                var offset = (long)r * Dimensions;
                var row = rows[r];
                if (row.Indices is { } indices)
                    for (var k = 0; k < indices.Length; k++) matrix[offset + indices[k]] = row.Values[k];
                else
                    row.Values.CopyTo(matrix, offset);
            }
        }

        /// <summary>The stored vectors again, row by row (for a write after the structure was built).</summary>
        public List<Row> ExtractRows()
        {
            var result = new List<Row>(Count);
            if (matrix is not null)
            {
                for (var r = 0; r < Count; r++) result.Add(new Row(null, matrix.AsSpan(r * Dimensions, Dimensions).ToArray()));
                return result;
            }
            var counts = new int[Count];
            foreach (var r in postingRows!) counts[r]++;
            var indices = counts.Select(c => new int[c]).ToArray();
            var values = counts.Select(c => new float[c]).ToArray();
            Array.Clear(counts);
            for (var d = 0; d < Dimensions; d++)
            {
                for (var p = postingStart![d]; p < postingStart[d + 1]; p++)
                {
                    var r = postingRows[p];
                    var k = counts[r]++;
                    indices[r][k] = d;
                    values[r][k] = postingValues![p];
                }
            }
            for (var r = 0; r < Count; r++) result.Add(new Row(indices[r], values[r]));
            return result;
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

            // Rows are scored a block at a time, so the score buffer stays in cache while postings stream by.
            // Postings of a dimension are in row order; a cursor per query dimension walks through them.
            var start = postingStart!;
            var dims = new List<(int Dimension, float Weight)>();
            for (var d = 0; d < query.Length; d++) if (query[d] != 0) dims.Add((d, query[d]));
            var cursor = new int[dims.Count];
            for (var i = 0; i < dims.Count; i++) cursor[i] = start[dims[i].Dimension];
            var scores = System.Buffers.ArrayPool<float>.Shared.Rent(ScoreBlock);
            try
            {
                var threshold = 0f;
                for (var blockStart = 0; blockStart < Count; blockStart += ScoreBlock)
                {
                    var blockEnd = Math.Min(Count, blockStart + ScoreBlock);
                    Array.Clear(scores, 0, blockEnd - blockStart);
                    ref var score0 = ref MemoryMarshal.GetArrayDataReference(scores);
                    for (var i = 0; i < dims.Count; i++)
                    {
                        var (d, q) = dims[i];
                        var p = cursor[i];
                        var end = start[d + 1];
                        var rowSpan = postingRows.AsSpan(p, end - p);
                        var valueSpan = postingValues.AsSpan(p, rowSpan.Length);
                        var k = 0;
                        for (; k < rowSpan.Length; k++)
                        {
                            var row = rowSpan[k];
                            if (row >= blockEnd) break;
                            Unsafe.Add(ref score0, row - blockStart) += q * valueSpan[k];
                        }
                        cursor[i] = p + k;
                    }
                    for (var row = blockStart; row < blockEnd; row++)
                    {
                        var score = scores[row - blockStart];
                        if (score <= threshold || (accepted is not null && !accepted[row])) continue;
                        heap.Offer(row, score);
                        if (heap.IsFull) threshold = MathF.Max(0f, heap.WorstScore);
                    }
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
        public bool IsFull => queue.Count >= k;
        public float WorstScore => queue.TryPeek(out _, out var worst) ? worst.Score : float.NegativeInfinity;

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
