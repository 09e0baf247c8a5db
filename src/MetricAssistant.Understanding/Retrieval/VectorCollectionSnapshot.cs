namespace MetricAssistant.Understanding.Retrieval;

/// <summary>
/// A collection of <see cref="InMemoryVectorStore"/> exactly as its search structure holds it: ids, payloads and
/// the normalised vectors either as postings by dimension (<see cref="PostingStart"/>, <see cref="PostingRows"/>,
/// <see cref="PostingValues"/>; mostly-zero vectors) or as one row-major <see cref="Matrix"/>. A persisted store
/// writes these arrays as they are and reads them back in bulk, so loading builds nothing. The arrays are shared,
/// not copied: treat them as read-only.
/// </summary>
public sealed class VectorCollectionSnapshot
{
    public required int Dimensions { get; init; }
    public required ulong[] Ids { get; init; }
    public required VectorPayload[] Payloads { get; init; }

    /// <summary>Sparse layout: where each dimension's postings start (length dimensions + 1), or null for the dense layout.</summary>
    public int[]? PostingStart { get; init; }

    /// <summary>Sparse layout: the row of each posting, ascending within a dimension.</summary>
    public int[]? PostingRows { get; init; }

    /// <summary>Sparse layout: the value of each posting.</summary>
    public float[]? PostingValues { get; init; }

    /// <summary>Dense layout: rows one after another (length count × dimensions), or null for the sparse layout.</summary>
    public float[]? Matrix { get; init; }

    public int Count => Ids.Length;

    public bool IsSparse => Matrix is null;

    /// <summary>
    /// Checks that the arrays fit together (lengths, bounds, postings ascending within a dimension), so a search
    /// never reads outside them; throws <see cref="InvalidDataException"/> otherwise.
    /// </summary>
    public void Validate()
    {
        if (Dimensions <= 0) throw new InvalidDataException("snapshot dimensions must be positive");
        if (Payloads.Length != Ids.Length) throw new InvalidDataException("snapshot ids and payloads differ in length");
        if (Matrix is not null)
        {
            if (PostingStart is not null || PostingRows is not null || PostingValues is not null) throw new InvalidDataException("snapshot has both layouts");
            if (Matrix.LongLength != (long)Ids.Length * Dimensions) throw new InvalidDataException("snapshot matrix length does not match its rows");
            return;
        }
        if (PostingStart is null || PostingRows is null || PostingValues is null) throw new InvalidDataException("snapshot has no vectors");
        if (PostingStart.Length != Dimensions + 1 || PostingStart[0] != 0 || PostingStart[Dimensions] != PostingRows.Length || PostingValues.Length != PostingRows.Length)
            throw new InvalidDataException("snapshot postings do not fit together");
        var count = Ids.Length;
        for (var d = 0; d < Dimensions; d++)
        {
            var start = PostingStart[d];
            var end = PostingStart[d + 1];
            if (end < start) throw new InvalidDataException("snapshot posting starts are not ascending");
            var previous = -1;
            for (var p = start; p < end; p++)
            {
                var row = PostingRows[p];
                if (row <= previous || row >= count) throw new InvalidDataException("snapshot posting rows are out of order or range");
                previous = row;
            }
        }
    }
}
