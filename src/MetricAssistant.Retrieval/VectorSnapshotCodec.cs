using MetricAssistant.Understanding.Retrieval;
using Microsoft.Win32.SafeHandles;

namespace MetricAssistant.Retrieval;

/// <summary>
/// The bulk snapshot section of a <see cref="VectorIndexFile"/>: a <see cref="VectorCollectionSnapshot"/> as a few
/// raw little-endian arrays, each preceded by its element count, so reading is one read per array straight into
/// the array the search uses (no per-point parsing):
/// ids; payload fields (one row of <see cref="PayloadFields"/> ints per point, indexes into the string table);
/// tag lists; the string table (UTF-8, each distinct string once); the layout; then postings by dimension
/// (starts, rows, values) or the dense matrix.
/// </summary>
internal static class VectorSnapshotCodec
{
    private const int PayloadFields = 11; // kind, field, text, metric, dimension, code, status, replaced by, family, tag list, official
    private const int SparseLayout = 0;
    private const int DenseLayout = 1;

    /// <summary>Writes the section at the stream's position; returns its checksum.</summary>
    public static ulong Write(Stream stream, VectorCollectionSnapshot snapshot)
    {
        var strings = new Dictionary<string, int>(StringComparer.Ordinal);
        var stringList = new List<string>();
        int Intern(string? value)
        {
            if (value is null) return -1;
            if (!strings.TryGetValue(value, out var id))
            {
                strings[value] = id = stringList.Count;
                stringList.Add(value);
            }
            return id;
        }
        var tagLists = new Dictionary<string, int>(StringComparer.Ordinal);
        var tagStarts = new List<int> { 0 };
        var tagStrings = new List<int>();
        var fields = new int[snapshot.Count * PayloadFields];
        for (var row = 0; row < snapshot.Count; row++)
        {
            var p = snapshot.Payloads[row];
            var at = row * PayloadFields;
            fields[at] = Intern(p.Kind);
            fields[at + 1] = Intern(p.Field);
            fields[at + 2] = Intern(p.Text);
            fields[at + 3] = Intern(p.MetricId);
            fields[at + 4] = Intern(p.DimensionId);
            fields[at + 5] = Intern(p.Code);
            fields[at + 6] = Intern(p.Status);
            fields[at + 7] = Intern(p.ReplacedBy);
            fields[at + 8] = Intern(p.Family);
            var tagKey = string.Join('\u0001', p.Tags);
            if (!tagLists.TryGetValue(tagKey, out var list))
            {
                tagLists[tagKey] = list = tagStarts.Count - 1;
                foreach (var tag in p.Tags) tagStrings.Add(Intern(tag));
                tagStarts.Add(tagStrings.Count);
            }
            fields[at + 9] = list;
            fields[at + 10] = p.Official ? 1 : 0;
        }
        var (offsets, utf8) = IndexStringTable.Encode(stringList);

        var writer = new IndexSectionWriter(stream);
        writer.Array<ulong>(snapshot.Ids);
        writer.Array<int>(fields);
        writer.Array<int>(tagStarts.ToArray());
        writer.Array<int>(tagStrings.ToArray());
        writer.Array<int>(offsets);
        writer.Array<byte>(utf8);
        if (snapshot.IsSparse)
        {
            writer.Array<int>([SparseLayout]);
            writer.Array<int>(snapshot.PostingStart!);
            writer.Array<int>(snapshot.PostingRows!);
            writer.Array<float>(snapshot.PostingValues!);
        }
        else
        {
            writer.Array<int>([DenseLayout]);
            writer.Array<float>(snapshot.Matrix!);
        }
        return writer.Checksum;
    }

    /// <summary>
    /// Reads the section in [<paramref name="start"/>, <paramref name="end"/>) of the file; a section that does not
    /// fit in that range, does not match <paramref name="checksum"/> or does not fit together throws
    /// <see cref="InvalidDataException"/>.
    /// </summary>
    public static VectorCollectionSnapshot Read(SafeFileHandle file, long start, long end, int dimensions, long count, ulong checksum, CancellationToken cancellationToken)
    {
        var reader = new IndexSectionReader(file, start, end, cancellationToken);
        var ids = reader.Array<ulong>(count);
        var fields = reader.Array<int>(count * PayloadFields);
        var tagStarts = reader.Array<int>(null);
        var tagStrings = reader.Array<int>(null);
        var offsets = reader.Array<int>(null);
        var utf8 = reader.Array<byte>(null);
        var layout = reader.Array<int>(1)[0];
        int[]? postingStart = null, postingRows = null;
        float[]? postingValues = null, matrix = null;
        if (layout == SparseLayout)
        {
            postingStart = reader.Array<int>(dimensions + 1);
            postingRows = reader.Array<int>(null);
            postingValues = reader.Array<float>(postingRows.Length);
        }
        else if (layout == DenseLayout)
        {
            matrix = reader.Array<float>(count * dimensions);
        }
        else
        {
            throw new InvalidDataException($"unknown vector layout {layout}");
        }
        if (reader.Position != end) throw new InvalidDataException("vector index snapshot does not end where the header says");
        if (reader.Checksum != checksum) throw new InvalidDataException("vector index snapshot checksum does not match (corrupt file)");

        var strings = IndexStringTable.Decode(offsets, utf8);
        string? S(int id) => id == -1 ? null : (uint)id < (uint)strings.Length ? strings[id] : throw new InvalidDataException("string index out of range");
        var tags = new IReadOnlyList<string>[Math.Max(0, tagStarts.Length - 1)];
        for (var list = 0; list < tags.Length; list++)
        {
            if (tagStarts[list] < 0 || tagStarts[list + 1] < tagStarts[list] || tagStarts[list + 1] > tagStrings.Length) throw new InvalidDataException("corrupt tag lists");
            var values = new string[tagStarts[list + 1] - tagStarts[list]];
            for (var k = 0; k < values.Length; k++) values[k] = S(tagStrings[tagStarts[list] + k]) ?? throw new InvalidDataException("null tag");
            tags[list] = values;
        }
        var payloads = new VectorPayload[count];
        for (var row = 0; row < count; row++)
        {
            var at = row * PayloadFields;
            var tagList = fields[at + 9];
            if ((uint)tagList >= (uint)tags.Length) throw new InvalidDataException("tag list index out of range");
            payloads[row] = new VectorPayload
            {
                Kind = S(fields[at]) ?? throw new InvalidDataException("null kind"),
                Field = S(fields[at + 1]) ?? "",
                Text = S(fields[at + 2]) ?? "",
                MetricId = S(fields[at + 3]),
                DimensionId = S(fields[at + 4]),
                Code = S(fields[at + 5]),
                Status = S(fields[at + 6]),
                ReplacedBy = S(fields[at + 7]),
                Family = S(fields[at + 8]),
                Tags = tags[tagList],
                Official = fields[at + 10] != 0,
            };
        }
        var snapshot = new VectorCollectionSnapshot
        {
            Dimensions = dimensions, Ids = ids, Payloads = payloads,
            PostingStart = postingStart, PostingRows = postingRows, PostingValues = postingValues, Matrix = matrix,
        };
        snapshot.Validate();
        return snapshot;
    }
}
