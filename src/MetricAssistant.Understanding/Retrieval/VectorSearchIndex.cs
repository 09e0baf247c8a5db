using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace MetricAssistant.Understanding.Retrieval;

/// <summary>
/// An immutable snapshot of an <see cref="InMemoryCollection"/>, laid out for exact cosine search: sparse rows in
/// postings by dimension, dense rows in one row-major matrix.
/// </summary>
internal sealed class VectorSearchIndex
{
    public required ulong[] Ids { get; init; }
    public required VectorPayload[] Payloads { get; init; }
    public required int Dimensions { get; init; }
    public required VectorRowFilter RowFilter { get; init; }
    public int Count => Ids.Length;

    private const int ScoreBlock = 32768;

    // Sparse layout: per dimension, the rows with a non-zero value there (ascending) and the values.
    private int[]? postingStart;
    private int[]? postingRows;
    private float[]? postingValues;
    // Dense layout: rows one after another.
    private float[]? matrix;

    public static VectorSearchIndex Build(int dimensions, ulong[] ids, List<VectorRow> rows, VectorPayload[] payloads)
    {
        var index = new VectorSearchIndex { Ids = ids, Payloads = payloads, Dimensions = dimensions, RowFilter = new VectorRowFilter(payloads) };
        long nonZero = 0;
        foreach (var row in rows) nonZero += row.NonZero;
        var density = ids.Length == 0 ? 1.0 : nonZero / ((double)ids.Length * dimensions);
        if (density < 0.3) index.BuildSparse(rows, nonZero);
        else index.BuildDense(rows);
        return index;
    }

    /// <summary>The index over a snapshot's arrays as they are (validated first; shared, not copied).</summary>
    public static VectorSearchIndex FromSnapshot(VectorCollectionSnapshot snapshot)
    {
        snapshot.Validate();
        return new VectorSearchIndex
        {
            Ids = snapshot.Ids, Payloads = snapshot.Payloads, Dimensions = snapshot.Dimensions, RowFilter = new VectorRowFilter(snapshot.Payloads),
            postingStart = snapshot.PostingStart, postingRows = snapshot.PostingRows, postingValues = snapshot.PostingValues, matrix = snapshot.Matrix,
        };
    }

    /// <summary>This index's arrays (shared, not copied).</summary>
    public VectorCollectionSnapshot ToSnapshot() => new()
    {
        Dimensions = Dimensions, Ids = Ids, Payloads = Payloads,
        PostingStart = postingStart, PostingRows = postingRows, PostingValues = postingValues, Matrix = matrix,
    };

    private void BuildSparse(List<VectorRow> rows, long nonZero)
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

    private static void ForEachNonZero(VectorRow row, Action<int, float> action)
    {
        if (row.Indices is { } indices)
        {
            for (var k = 0; k < indices.Length; k++) action(indices[k], row.Values[k]);
            return;
        }
        for (var d = 0; d < row.Values.Length; d++)
            if (row.Values[d] != 0) action(d, row.Values[d]);
    }

    private void BuildDense(List<VectorRow> rows)
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
    public List<VectorRow> ExtractRows()
    {
        var result = new List<VectorRow>(Count);
        if (matrix is not null)
        {
            for (var r = 0; r < Count; r++) result.Add(new VectorRow(null, matrix.AsSpan(r * Dimensions, Dimensions).ToArray()));
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
        for (var r = 0; r < Count; r++) result.Add(new VectorRow(indices[r], values[r]));
        return result;
    }

    public long EstimateBytes() =>
        (postingRows?.LongLength ?? 0) * 8 + (postingStart?.LongLength ?? 0) * 4 + (matrix?.LongLength ?? 0) * 4 + Count * (8L + 8 + 8);

    public void Score(float[] query, bool[]? accepted, TopRows heap)
    {
        if (matrix is not null)
        {
            var m = matrix.AsSpan();
            for (var row = 0; row < Count; row++)
            {
                if (accepted is not null && !accepted[row]) continue;
                var score = VectorMath.Dot(query, m.Slice(row * Dimensions, Dimensions));
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
